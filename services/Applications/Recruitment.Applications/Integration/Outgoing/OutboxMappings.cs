using Recruitment.Applications.Applications;
using Recruitment.EventSourcing;
using Recruitment.ServiceDefaults.Errors;
using Contracts = Recruitment.Applications.Contracts;

namespace Recruitment.Applications.Integration.Outgoing;

/// <summary>The facts this service tells the others, and the contract each becomes.</summary>
public static class OutboxMappings
{
    public static void Configure(OutboxMap outbox) =>
        outbox.Forward<ApplicationSubmitted>(e => ToContract(e.Data));

    public static Contracts.ApplicationSubmitted ToContract(ApplicationSubmitted submitted)
    {
        var form = submitted.Form;
        return new Contracts.ApplicationSubmitted(
            submitted.ApplicationId,
            submitted.VacancyId,
            submitted.ApplicantEmail,
            new Contracts.ApplicantDetails(
                form.Applicant.GivenName, form.Applicant.FamilyName, form.Applicant.DateOfBirth,
                form.Applicant.Nationalities, form.Applicant.PreferredLanguage),
            new Contracts.EducationDetails(
                KebabCase.Of(form.Education.Status), KebabCase.Of(form.Education.Level),
                form.Education.YearsCompleted, form.Education.GraduationDate),
            new Contracts.LanguageDetails(KebabCase.Of(form.Languages.English), KebabCase.Of(form.Languages.French)),
            new Contracts.DesirableDetails(form.Desirable.RelevantDegree, form.Desirable.AdvancedItTools, form.Desirable.InternationalExperience),
            form.AccommodationRequested,
            submitted.SubmittedAt);
    }
}
