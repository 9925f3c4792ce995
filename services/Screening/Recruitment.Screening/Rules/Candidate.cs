namespace Recruitment.Screening.Rules;

/// <summary>
/// The inputs a screening judges, exactly as the applicant gave them. Recorded with every decision, so that the
/// decision can be replayed and explained later.
/// </summary>
public sealed record Candidate(
    DateOnly DateOfBirth,
    IReadOnlyList<string> Nationalities,
    string EducationStatus,
    string EducationLevel,
    int YearsCompleted,
    DateOnly? GraduationDate,
    string English,
    string French,
    bool RelevantDegree,
    bool AdvancedItTools,
    bool InternationalExperience)
{
    /// <summary>What ranking may look at (R11). Nationality is left out on purpose (R12); names never come in.</summary>
    public Merit Merit => new(EducationStatus, EducationLevel, English, French, RelevantDegree, AdvancedItTools, InternationalExperience);
}

public sealed record Merit(
    string EducationStatus,
    string EducationLevel,
    string English,
    string French,
    bool RelevantDegree,
    bool AdvancedItTools,
    bool InternationalExperience);

/// <summary>A rule not met: its id in domain.md, a stable code, and the message in both languages (R21).</summary>
public sealed record Reason(string Rule, string Code, string MessageEn, string MessageFr);
