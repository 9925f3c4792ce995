using Marten;
using MassTransit;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Notifications;
using Recruitment.EventSourcing;
using Recruitment.Screening.Contracts;

namespace Recruitment.Applications.Integration.Incoming;

/// <summary>
/// Screening judged the application: the candidate sees eligible or ineligible with the reasons; once the outcome is
/// final and negative, they are told in their language which rules they did not meet (R13, R21).
/// </summary>
public sealed class CandidateScreenedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateScreened>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<CandidateScreened> context, IDocumentSession session)
    {
        var m = context.Message;

        // "Waiting for HR's document check" is no news to the candidate unless it replaces an earlier judgement.
        if (m.Eligible is null && (await session.LoadAsync<Application>(m.ApplicationId, context.CancellationToken))?.Eligibility is null)
        {
            return;
        }

        var messageId = context.MessageId!.Value;
        var reported = Reported(m.Eligible, m.Reasons, m.RuleSetVersion, m.Final, m.AssessedAt, messageId);
        var status = m.Eligible switch { true => ApplicationStatus.Eligible, false => ApplicationStatus.Ineligible, null => ApplicationStatus.Submitted };
        await PathSteps.RecordAsync(session, m.ApplicationId, messageId, m.Final ? "screened-out" : "screened", "screening", m.AssessedAt, status,
            context.CancellationToken, new Dictionary<string, string> { ["ruleSetVersion"] = m.RuleSetVersion },
            application => m.Final && m.Eligible == false
                ? [reported, CandidateNotifications.Ineligible(application, reported, _clock.GetUtcNow())]
                : [reported]);
    }

    /// <summary>Screening's judgement as the candidate's stream keeps it, from a screening or a removal from the pool.</summary>
    public static EligibilityReported Reported(bool? eligible, IEnumerable<ScreeningReason> reasons, string ruleSetVersion, bool final, DateTimeOffset at, Guid messageId) =>
        new(eligible, reasons.Select(r => new EligibilityReason(r.Rule, r.Code, r.MessageEn, r.MessageFr)).ToList(), ruleSetVersion, final, at, messageId);
}
