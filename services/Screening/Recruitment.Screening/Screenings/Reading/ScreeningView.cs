using Recruitment.Screening.Rules;

namespace Recruitment.Screening.Screenings.Reading;

/// <summary>A screening as HR reads it: eligibility with reasons in the caller's language, score, and where it stands.</summary>
public sealed record ScreeningView(
    Guid ApplicationId,
    string VacancyId,
    string Campaign,
    string GivenName,
    string FamilyName,
    DateTimeOffset SubmittedAt,
    EligibilityView? Eligibility,
    int? Score,
    DocumentCheck Documents,
    ScreeningOutcome Outcome,
    bool Forwarded,
    string? RuleSetVersion)
{
    public static ScreeningView From(Screening s, string language) => new(
        s.Id, s.VacancyId, s.Campaign, s.GivenName, s.FamilyName, s.SubmittedAt,
        s.Assessment is { Eligible: { } eligible } a ? new EligibilityView(eligible, a.Reasons.Select(r => ReasonView.From(r, language)).ToList()) : null,
        s.Assessment?.Score, s.Documents, s.Outcome, s.ConcludedAt is not null && s.Outcome == ScreeningOutcome.Eligible, s.Assessment?.RuleSetVersion);
}

public sealed record EligibilityView(bool Eligible, IReadOnlyList<ReasonView> Reasons);

public sealed record ReasonView(string Rule, string Code, string Message)
{
    public static ReasonView From(Reason reason, string language) =>
        new(reason.Rule, reason.Code, language == Languages.French ? reason.MessageFr : reason.MessageEn);
}
