using Marten;
using Recruitment.Applications.Applications;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Integration.Incoming;

/// <summary>Records a step another service reports on the candidate's path: once per message, ordered by when it happened.</summary>
public static class PathSteps
{
    public static async Task RecordAsync(
        IDocumentSession session,
        Guid applicationId,
        Guid messageId,
        string type,
        string service,
        DateTimeOffset at,
        ApplicationStatus? status,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? details = null,
        Func<Application, object[]>? alsoRecord = null)
    {
        var stream = await session.ForWritingAsync<Application>(applicationId, cancellationToken);

        // A report about an application this service never stored is a bug upstream: fail, retry, then the error queue.
        if (stream.State is null)
        {
            throw new InvalidOperationException($"No application {applicationId} for the {type} step.");
        }

        await stream.DecideAsync(application => application.HasStepFrom(messageId)
            ? Decision.Accept()
            : Decision.Accept([new StepReported(type, service, at, status, details ?? new Dictionary<string, string>(), messageId), .. AlsoRecord(application, alsoRecord)]),
            cancellationToken);
    }

    /// <summary>A person who was erased is no longer written to: the step is kept, the message to them is not.</summary>
    private static IEnumerable<object> AlsoRecord(Application application, Func<Application, object[]>? alsoRecord) =>
        (alsoRecord?.Invoke(application) ?? []).Where(fact => !(application.IsErased && fact is NotificationRecorded));
}
