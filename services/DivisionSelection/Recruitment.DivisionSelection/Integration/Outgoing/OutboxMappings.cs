using Recruitment.DivisionSelection.Pool;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Integration.Outgoing;

/// <summary>What the divisions decide, told to the others.</summary>
public static class OutboxMappings
{
    public static void Configure(OutboxMap outbox) => outbox
        .Forward<Shortlisted>(e => new Contracts.CandidateShortlisted(e.StreamId, e.Data.Division, e.Data.Campaign, e.Data.At))
        .Forward<InterviewScheduled>(e => Interview(e.StreamId, e.Data.InterviewId, e.Data.Division, e.Data.Kind, e.Data.ScheduledFor, "scheduled", e.Data.At))
        .Forward<InterviewRescheduled>(e => Interview(e.StreamId, e.Data.InterviewId, e.Data.Division, e.Data.Kind, e.Data.ScheduledFor, "rescheduled", e.Data.At))
        .Forward<InterviewCancelled>(e => Interview(e.StreamId, e.Data.InterviewId, e.Data.Division, e.Data.Kind, e.Data.ScheduledFor, "cancelled", e.Data.At))
        .Forward<ScorecardSubmitted>(e => new Contracts.CandidateAssessed(e.StreamId, e.Data.Division, e.Data.At))
        .Forward<Selected>(e => new Contracts.CandidateSelected(e.StreamId, e.Data.Division, e.Data.Campaign, e.Data.VacancyId, e.Data.SubjectId, e.Data.At))
        .Forward<NotSelected>(e => new Contracts.CandidateNotSelected(e.StreamId, e.Data.Division, e.Data.Campaign, e.Data.At))
        .Forward<ErasureCarriedOut>(e => new Applications.Contracts.PersonalDataErased(e.Data.ErasureId, DivisionSelectionModule.Name, e.Data.At));

    private static Contracts.InterviewChanged Interview(Guid applicationId, Guid interviewId, string division, InterviewKind kind, DateTimeOffset scheduledFor, string change, DateTimeOffset at) =>
        new(applicationId, interviewId, division, KebabCase.Of(kind), scheduledFor, change, at);
}
