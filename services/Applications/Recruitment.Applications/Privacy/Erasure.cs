namespace Recruitment.Applications.Privacy;

/// <summary>
/// One erasure of a person's data, and each service's progress with it. The stream id is the erasure id; the person is
/// named by their subject id only.
/// </summary>
public sealed record Erasure(Guid Id, string SubjectId, IReadOnlyList<Guid> ApplicationIds, bool Forced, DateTimeOffset RequestedAt, IReadOnlyList<ServiceErasure> Services)
{
    /// <summary>Every service that holds personal data, each of which must say it is done.</summary>
    public static readonly string[] Holders = ["applications", "screening", "division-selection", "security-clearance"];

    public bool Done => Services.All(s => s.DoneAt is not null);

    public static Erasure Create(ErasureRequested requested) => new(
        requested.ErasureId, requested.SubjectId, requested.ApplicationIds, requested.Forced, requested.At,
        Holders.Select(service => new ServiceErasure(service, null)).ToList());

    public Erasure Apply(ErasureDoneBy done) =>
        this with { Services = Services.Select(s => s.Service == done.Service && s.DoneAt is null ? s with { DoneAt = done.At } : s).ToList() };
}

public sealed record ServiceErasure(string Service, DateTimeOffset? DoneAt);

/// <summary>An erasure was requested; <see cref="Forced"/> when an admin overrode a legal hold.</summary>
public sealed record ErasureRequested(Guid ErasureId, string SubjectId, IReadOnlyList<Guid> ApplicationIds, bool Forced, string RequestedBy, DateTimeOffset At);

public sealed record ErasureDoneBy(string Service, DateTimeOffset At);
