using System.Globalization;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Vacancies;
using Recruitment.Reference;
using Languages = Recruitment.ServiceDefaults.Errors.Languages;

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
        var (en, fr) = ReasonLines(outcome);
        return Render("application-ineligible", application.PreferredLanguage, application.ApplicantEmail, now,
            new($"Your application for vacancy {application.VacancyId}", $"Votre candidature pour l'offre {application.VacancyId}"),
            new(
                $"Dear {application.Form.Applicant.GivenName},\n\nThank you for your interest. We regret that your application {application.Id} does not meet these essential criteria:\n{en}\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nNous vous remercions de votre intérêt. Nous regrettons que votre candidature {application.Id} ne remplisse pas ces critères essentiels :\n{fr}\n\nProgramme de stages de l'OTAN"));
    }

    public static NotificationRecorded Forwarded(Application application, DateTimeOffset now) =>
        Render("forwarded", application.PreferredLanguage, application.ApplicantEmail, now,
            new($"Your application for vacancy {application.VacancyId}", $"Votre candidature pour l'offre {application.VacancyId}"),
            new(
                $"Dear {application.Form.Applicant.GivenName},\n\nYour application {application.Id} meets the essential criteria and has been passed to the divisions, which may invite you to an interview or a test. Every candidate is informed of the outcome.\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nVotre candidature {application.Id} remplit les critères essentiels et a été transmise aux divisions, qui pourront vous inviter à un entretien ou à une épreuve. Chaque candidat est informé du résultat.\n\nProgramme de stages de l'OTAN"));

    public static NotificationRecorded Shortlisted(Application application, string division, DateTimeOffset now) =>
        Render("shortlisted", application.PreferredLanguage, application.ApplicantEmail, now,
            new($"Your application for vacancy {application.VacancyId}", $"Votre candidature pour l'offre {application.VacancyId}"),
            new(
                $"Dear {application.Form.Applicant.GivenName},\n\nThe {division} division has shortlisted you. It will contact you about an interview or a test.\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nLa division {division} vous a inscrit(e) sur sa liste restreinte. Elle vous contactera pour un entretien ou une épreuve.\n\nProgramme de stages de l'OTAN"));

    public static NotificationRecorded RemovedFromPool(Application application, EligibilityReported outcome, DateTimeOffset now)
    {
        var (en, fr) = ReasonLines(outcome);
        return Render("removed-from-pool", application.PreferredLanguage, application.ApplicantEmail, now,
            new($"Your application for vacancy {application.VacancyId}", $"Votre candidature pour l'offre {application.VacancyId}"),
            new(
                $"Dear {application.Form.Applicant.GivenName},\n\nAfter your application {application.Id} was passed to the divisions, a review found that it does not meet these criteria:\n{en}\n\nIt is withdrawn from the selection, and any interview or test still planned with you is cancelled.\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nAprès la transmission de votre candidature {application.Id} aux divisions, un examen a établi qu'elle ne remplit pas ces critères :\n{fr}\n\nElle est retirée de la sélection, et tout entretien ou épreuve encore prévu avec vous est annulé.\n\nProgramme de stages de l'OTAN"));
    }

    public static NotificationRecorded Interview(Application application, string kind, string change, DateTimeOffset at, string division, DateTimeOffset now)
    {
        var when = BrusselsTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var (kindEn, kindFr) = kind switch
        {
            "video-deferred" => ("deferred video interview", "entretien vidéo différé"),
            "written-test" => ("written test", "épreuve écrite"),
            _ => ("face-to-face interview", "entretien en face à face"),
        };
        var (en, fr) = change switch
        {
            "cancelled" => ($"Your {kindEn} with {division} planned on {when} (Brussels time) is cancelled; we will contact you again.",
                $"Votre {kindFr} avec {division} prévu le {when} (heure de Bruxelles) est annulé ; nous reprendrons contact avec vous."),
            "rescheduled" => ($"Your {kindEn} with {division} has moved to {when} (Brussels time).",
                $"Votre {kindFr} avec {division} est déplacé au {when} (heure de Bruxelles)."),
            _ => ($"You are invited to a {kindEn} with {division} on {when} (Brussels time). If you need a reasonable accommodation, tell us.",
                $"Vous êtes invité(e) à un {kindFr} avec {division} le {when} (heure de Bruxelles). Si vous avez besoin d'un aménagement raisonnable, dites-le-nous."),
        };
        return Render($"interview-{change}", application.PreferredLanguage, application.ApplicantEmail, now,
            new($"Your application {application.VacancyId}: {kindEn}", $"Votre candidature {application.VacancyId} : {kindFr}"),
            new($"Dear {application.Form.Applicant.GivenName},\n\n{en}\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\n{fr}\n\nProgramme de stages de l'OTAN"));
    }

    public static NotificationRecorded Selected(Application application, string division, DateTimeOffset now) =>
        Render("selected", application.PreferredLanguage, application.ApplicantEmail, now,
            new("You have been selected", "Vous avez été sélectionné(e)"),
            new(
                $"Dear {application.Form.Applicant.GivenName},\n\nThe {division} division has selected you for an internship. Please confirm your interest: only then will NATO ask your national authority to start your security clearance.\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nLa division {division} vous a sélectionné(e) pour un stage. Veuillez confirmer votre intérêt : l'OTAN ne demandera qu'ensuite à votre autorité nationale d'engager votre habilitation de sécurité.\n\nProgramme de stages de l'OTAN"));

    public static NotificationRecorded NotSelected(Application application, string division, DateTimeOffset now) =>
        Render("not-selected", application.PreferredLanguage, application.ApplicantEmail, now,
            new($"Your application {application.VacancyId}", $"Votre candidature {application.VacancyId}"),
            new(
                $"Dear {application.Form.Applicant.GivenName},\n\nThank you for your time with the {division} division. We regret that you have not been selected.\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nMerci pour le temps consacré à la division {division}. Nous regrettons de ne pas avoir retenu votre candidature.\n\nProgramme de stages de l'OTAN"));

    /// <summary>What the candidate hears of their clearance (R17–R19): requested, granted, denied or withdrawn.</summary>
    public static NotificationRecorded Clearance(Application application, string status, string? authority, DateOnly on, DateTimeOffset now)
    {
        var date = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (en, fr) = status switch
        {
            "requested" => (
                $"You confirmed your interest: on {date} NATO asked your national authority ({authority}) to start your security clearance. It usually takes six to eight months; you can follow it up through your national delegation to NATO.",
                $"Vous avez confirmé votre intérêt : le {date}, l'OTAN a demandé à votre autorité nationale ({authority}) d'engager votre habilitation de sécurité. Cela prend en général six à huit mois ; vous pouvez en assurer le suivi auprès de votre délégation nationale auprès de l'OTAN."),
            "granted" => (
                $"Your security clearance was granted on {date}. Your final offer follows in a separate message.",
                $"Votre habilitation de sécurité a été accordée le {date}. Votre offre définitive suit dans un message séparé."),
            "denied" => (
                "We regret that your security clearance was not granted; we cannot make you a final offer.",
                "Nous regrettons que votre habilitation de sécurité n'ait pas été accordée ; nous ne pouvons pas vous faire d'offre définitive."),
            _ => (
                "Your security clearance procedure was withdrawn; your application ends without an offer.",
                "La procédure de votre habilitation de sécurité a été retirée ; votre candidature s'achève sans offre."),
        };
        return Render($"clearance-{status}", application.PreferredLanguage, application.ApplicantEmail, now,
            new("Your security clearance", "Votre habilitation de sécurité"),
            new($"Dear {application.Form.Applicant.GivenName},\n\n{en}\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\n{fr}\n\nProgramme de stages de l'OTAN"));
    }

    public static NotificationRecorded FollowUp(Application application, string authority, DateTimeOffset now) =>
        Render("clearance-follow-up", application.PreferredLanguage, application.ApplicantEmail, now,
            new("Your security clearance: please follow up", "Votre habilitation de sécurité : merci d'effectuer un suivi"),
            new($"Dear {application.Form.Applicant.GivenName},\n\nYour security clearance requested from the national authority ({authority}) has been open for six months. Please follow up with your national delegation to NATO.\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nVotre habilitation de sécurité demandée à l'autorité nationale ({authority}) est en cours depuis six mois. Veuillez effectuer un suivi auprès de votre délégation nationale auprès de l'OTAN.\n\nProgramme de stages de l'OTAN"));

    /// <summary>To HR, in English: a case open past eight months (R18).</summary>
    public static NotificationRecorded OverdueToHr(Application application, string hr, Guid clearanceId, string authority, DateTimeOffset requestedAt, DateTimeOffset now) =>
        Render("clearance-overdue-hr", Languages.English, hr, now,
            new($"Overdue security clearance {clearanceId}", $"Habilitation de sécurité en retard {clearanceId}"),
            new($"The clearance {clearanceId} of application {application.Id} ({application.Form.Applicant.GivenName} {application.Form.Applicant.FamilyName}), requested from {authority} on {Date(requestedAt)}, is open past eight months.",
                $"L'habilitation {clearanceId} de la candidature {application.Id} ({application.Form.Applicant.GivenName} {application.Form.Applicant.FamilyName}), demandée à {authority} le {Date(requestedAt)}, est ouverte depuis plus de huit mois."));

    public static NotificationRecorded Offer(Application application, OfferReceived offer, DateTimeOffset now)
    {
        var start = offer.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var grant = offer.MonthlyGrantEur.ToString("0.00", CultureInfo.InvariantCulture);
        return Render("final-offer", application.PreferredLanguage, application.ApplicantEmail, now,
            new("Your final offer", "Votre offre définitive"),
            new($"Dear {application.Form.Applicant.GivenName},\n\nYour security clearance has been granted. We offer you an internship starting on {start}, with a monthly grant of EUR {grant}. Before you arrive:\n{string.Join("\n", offer.Checklist.Select(i => $"- {i.En}"))}\n\nPlease accept or decline the offer.\n\nNATO Internship Programme",
                $"Bonjour {application.Form.Applicant.GivenName},\n\nVotre habilitation de sécurité a été accordée. Nous vous proposons un stage débutant le {start}, avec une allocation mensuelle de {grant} EUR. Avant votre arrivée :\n{string.Join("\n", offer.Checklist.Select(i => $"- {i.Fr}"))}\n\nVeuillez accepter ou refuser l'offre.\n\nProgramme de stages de l'OTAN"));
    }

    /// <summary>Each rule not met, one line each, in both languages (R21).</summary>
    private static (string En, string Fr) ReasonLines(EligibilityReported outcome) => (
        string.Join("\n", outcome.Reasons.Select(r => $"- {r.MessageEn} ({r.Rule})")),
        string.Join("\n", outcome.Reasons.Select(r => $"- {r.MessageFr} ({r.Rule})")));

    public static NotificationRecorded Render(string kind, string language, string to, DateTimeOffset at, Bilingual subject, Bilingual body) =>
        new(Guid.CreateVersion7(at), kind, language, to, subject.In(language), body.In(language), at);

    /// <summary>The Brussels date of an instant, as candidates read dates.</summary>
    public static string Date(DateTimeOffset instant) => BrusselsTime.DateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
