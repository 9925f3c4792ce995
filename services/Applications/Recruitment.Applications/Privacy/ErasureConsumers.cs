using Marten;
using MassTransit;
using Npgsql;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Applications.Documents;
using Recruitment.Applications.Applications.Submitting;
using Recruitment.Applications.Contracts;
using Recruitment.Applications.Notifications;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Privacy;

/// <summary>
/// The Application service's own part of an erasure: the applications' events masked and their documents rebuilt, the
/// stored files, deliveries and idempotency keys deleted; then the erasure records this service done.
/// </summary>
public sealed class EraseApplicationsConsumer(IDocumentStore store, NpgsqlDataSource database, TimeProvider clock) : IdempotentConsumer<PersonalDataErasureRequested>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<PersonalDataErasureRequested> context, IDocumentSession session)
    {
        var m = context.Message;
        var ids = m.ApplicationIds.ToArray();
        await session.EraseStreamsAsync<Application>(ids, _clock.GetUtcNow(), context.CancellationToken);
        await DocumentFiles.DeleteAsync(database, session.DocumentStore.Options.DatabaseSchemaName, ids, context.CancellationToken);
        session.DeleteWhere<NotificationDelivery>(d => ids.Contains(d.ApplicationId));
        session.DeleteWhere<IdempotencyRecord>(r => ids.Contains(r.ApplicationId));
        await ErasureProgress.RecordAsync(session, m.ErasureId, ApplicationsModule.Name, _clock.GetUtcNow(), context.CancellationToken);
    }
}

/// <summary>Another service has erased its part.</summary>
public sealed class PersonalDataErasedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<PersonalDataErased>(store, clock)
{
    protected override Task Handle(ConsumeContext<PersonalDataErased> context, IDocumentSession session) =>
        ErasureProgress.RecordAsync(session, context.Message.ErasureId, context.Message.Service, context.Message.ErasedAt, context.CancellationToken);
}

public static class ErasureProgress
{
    public static async Task RecordAsync(IDocumentSession session, Guid erasureId, string service, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Of an erasure this service never asked for (none is lost: the request and its record commit together), nothing to keep.
        var stream = await session.ForWritingAsync<Erasure>(erasureId, cancellationToken);
        await stream.StartOrDecideAsync(erasure => erasure is not null && erasure.Services.Any(s => s.Service == service && s.DoneAt is null)
            ? Decision.Accept(new ErasureDoneBy(service, at))
            : Decision.Accept(), cancellationToken);
    }
}
