using System.Globalization;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Vacancies;
using Recruitment.Reference;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Applications.Notifications;

/// <summary>Every message a candidate is sent, written in both official languages and rendered in theirs (R21).</summary>
public static class CandidateNotifications
{
    public static NotificationRecorded Receipt(ApplicationSubmitted submitted, Vacancy vacancy, DateTimeOffset now)
    {
        var deadline = vacancy.Deadline.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return Render("application-received", submitted.Form.Applicant.PreferredLanguage, submitted.ApplicantEmail, now,
            new($"Application received: {vacancy.Title} ({vacancy.VacancyId})", $"Candidature reçue : {vacancy.Title} ({vacancy.VacancyId})"),
            new(
                $"Dear {submitted.Form.Applicant.GivenName},\n\nWe have received your application {submitted.ApplicationId} for vacancy {vacancy.VacancyId}. " +
                $"You can edit or withdraw it until {deadline} (Brussels time). Every candidate is informed of the outcome.\n\nNATO Internship Programme",
                $"Bonjour {submitted.Form.Applicant.GivenName},\n\nNous avons bien reçu votre candidature {submitted.ApplicationId} pour l'offre {vacancy.VacancyId}. " +
                $"Vous pouvez la modifier ou la retirer jusqu'au {deadline} (heure de Bruxelles). Chaque candidat est informé du résultat.\n\nProgramme de stages de l'OTAN"));
    }

    public static NotificationRecorded Withdrawn(Application application, DateTimeOffset now) =>
        Render("application-withdrawn", application.PreferredLanguage, application.ApplicantEmail, now,
            new($"Application withdrawn ({application.VacancyId})", $"Candidature retirée ({application.VacancyId})"),
            new(
                $"Dear {application.Form.Applicant.GivenName},\n\nYour application {application.Id} for vacancy {application.VacancyId} has been withdrawn at your request.\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nVotre candidature {application.Id} pour l'offre {application.VacancyId} a été retirée à votre demande.\n\nProgramme de stages de l'OTAN"));

    public static NotificationRecorded Ineligible(Application application, EligibilityReported outcome, DateTimeOffset now)
    {
        var en = string.Join("\n", outcome.Reasons.Select(r => $"- {r.MessageEn} ({r.Rule})"));
        var fr = string.Join("\n", outcome.Reasons.Select(r => $"- {r.MessageFr} ({r.Rule})"));
        return Render("application-ineligible", application.PreferredLanguage, application.ApplicantEmail, now,
            new($"Your application for vacancy {application.VacancyId}", $"Votre candidature pour l'offre {application.VacancyId}"),
            new(
                $"Dear {application.Form.Applicant.GivenName},\n\nThank you for your interest. We regret that your application {application.Id} does not meet these essential criteria:\n{en}\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nNous vous remercions de votre intérêt. Nous regrettons que votre candidature {application.Id} ne remplisse pas ces critères essentiels :\n{fr}\n\nProgramme de stages de l'OTAN"));
    }

    public static NotificationRecorded Render(string kind, string language, string to, DateTimeOffset at, Bilingual subject, Bilingual body) =>
        new(Guid.CreateVersion7(at), kind, language, to, subject.In(language), body.In(language), at);

    /// <summary>The Brussels date of an instant, as candidates read dates.</summary>
    public static string Date(DateTimeOffset instant) => BrusselsTime.DateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
