using MassTransit;

namespace Recruitment.Applications.Contracts;

/// <summary>
/// A person asked to be forgotten (GDPR Art. 17), or their retention time ran out: every service erases what it holds
/// about these applications and says so with <see cref="PersonalDataErased"/>. The person is named by their subject id.
/// </summary>
[MessageUrn("recruitment:applications:personal-data-erasure-requested:v1")]
public sealed record PersonalDataErasureRequested(Guid ErasureId, string SubjectId, IReadOnlyList<Guid> ApplicationIds, DateTimeOffset RequestedAt);

/// <summary>One service has erased what it held for an erasure.</summary>
[MessageUrn("recruitment:applications:personal-data-erased:v1")]
public sealed record PersonalDataErased(Guid ErasureId, string Service, DateTimeOffset ErasedAt);

/// <summary>An application written before subject ids existed now has one: each service records it on its own streams.</summary>
[MessageUrn("recruitment:applications:subject-identified:v1")]
public sealed record SubjectIdentified(Guid ApplicationId, string SubjectId, DateTimeOffset At);
