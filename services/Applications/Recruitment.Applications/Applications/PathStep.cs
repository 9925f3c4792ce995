namespace Recruitment.Applications.Applications;

/// <summary>One step of the candidate's path, whichever service decided it.</summary>
public sealed record PathStep(
    string Type,
    string Service,
    DateTimeOffset At,
    ApplicationStatus? Status,
    IReadOnlyDictionary<string, string> Details,
    Guid? SourceMessageId);
