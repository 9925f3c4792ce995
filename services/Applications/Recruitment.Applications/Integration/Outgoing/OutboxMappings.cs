using JasperFx.Events;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Vacancies;
using Recruitment.Applications.Privacy;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Integration.Outgoing;

/// <summary>The facts this service tells the others, and the contract each becomes.</summary>
public static class OutboxMappings
{
    public static void Configure(OutboxMap outbox) => outbox
        .Forward<VacancyPublished>(e => new Contracts.VacancyPublished(
            e.Data.VacancyId, e.Data.Campaign, e.Data.Title, e.Data.DivisionCode, e.Data.ClearanceLevel, e.Data.MonthlyGrantEur,
            e.Data.Intakes, e.Data.Deadline, e.Data.DeadlineUtc))
        .Forward<ApplicationSubmitted>(e => Submitted(e.Data))
        .Forward<ApplicationEdited>(Edited)
        .Forward<ApplicationWithdrawn>(e => new Contracts.ApplicationWithdrawn(e.StreamId, e.Data.WithdrawnAt))
        .Forward<InterestConfirmed>(e => new Contracts.InterestConfirmed(e.StreamId, e.Data.VacancyId, e.Data.Campaign, e.Data.SubjectId,
            e.Data.PreferredLanguage, e.Data.Nationalities, e.Data.ClearanceLevel, e.Data.MonthlyGrantEur, e.Data.At))
        .Forward<OfferAccepted>(e => new Contracts.OfferAnswered(e.StreamId, true, e.Data.At))
        .Forward<OfferDeclined>(e => new Contracts.OfferAnswered(e.StreamId, false, e.Data.At))
        .Forward<SubjectIdentified>(e => new Contracts.SubjectIdentified(e.StreamId, e.Data.SubjectId, e.Data.At))
        .Forward<ErasureRequested>(e => new Contracts.PersonalDataErasureRequested(e.Data.ErasureId, e.Data.SubjectId, e.Data.ApplicationIds, e.Data.At));

    public static Contracts.ApplicationSubmitted Submitted(ApplicationSubmitted submitted)
    {
        var form = submitted.Form;
        return new Contracts.ApplicationSubmitted(
            submitted.ApplicationId, submitted.VacancyId, submitted.Campaign, submitted.SubjectId,
            Applicant(form), Education(form), Languages(form), Desirable(form), form.AccommodationRequested, submitted.SubmittedAt,
            submitted.VacancyDeadlineUtc);
    }

    private static Contracts.ApplicationEdited Edited(IEvent<ApplicationEdited> edited)
    {
        var form = edited.Data.Form;
        return new Contracts.ApplicationEdited(
            edited.StreamId, Applicant(form), Education(form), Languages(form), Desirable(form), form.AccommodationRequested, edited.Data.EditedAt);
    }

    private static Contracts.ApplicantDetails Applicant(ApplicationForm form) => new(
        form.Applicant.GivenName, form.Applicant.FamilyName, form.Applicant.DateOfBirth, form.Applicant.Nationalities, form.Applicant.PreferredLanguage);

    private static Contracts.EducationDetails Education(ApplicationForm form) => new(
        KebabCase.Of(form.Education.Status), KebabCase.Of(form.Education.Level), form.Education.YearsCompleted, form.Education.GraduationDate);

    private static Contracts.LanguageDetails Languages(ApplicationForm form) =>
        new(KebabCase.Of(form.Languages.English), KebabCase.Of(form.Languages.French));

    private static Contracts.DesirableDetails Desirable(ApplicationForm form) =>
        new(form.Desirable.RelevantDegree, form.Desirable.AdvancedItTools, form.Desirable.InternationalExperience);
}
