using MassTransit;

namespace Recruitment.Applications.Contracts;

/// <summary>The applicant corrected their application before the deadline (R5): the details replace the earlier ones.</summary>
[MessageUrn("recruitment:applications:application-edited:v1")]
public sealed record ApplicationEdited(
    Guid ApplicationId,
    ApplicantDetails Applicant,
    EducationDetails Education,
    LanguageDetails Languages,
    DesirableDetails Desirable,
    bool AccommodationRequested,
    DateTimeOffset EditedAt);
