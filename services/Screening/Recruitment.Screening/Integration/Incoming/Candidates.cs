using Recruitment.Applications.Contracts;
using Recruitment.Screening.Rules;

namespace Recruitment.Screening.Integration.Incoming;

/// <summary>The inputs Screening judges, taken from what the Application service reports.</summary>
public static class Candidates
{
    public static Candidate From(ApplicantDetails applicant, EducationDetails education, LanguageDetails languages, DesirableDetails desirable) => new(
        applicant.DateOfBirth, applicant.Nationalities, education.Status, education.Level, education.YearsCompleted, education.GraduationDate,
        languages.English, languages.French, desirable.RelevantDegree, desirable.AdvancedItTools, desirable.InternationalExperience);
}
