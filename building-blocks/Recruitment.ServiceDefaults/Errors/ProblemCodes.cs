using Microsoft.AspNetCore.Http;

namespace Recruitment.ServiceDefaults.Errors;

/// <summary>The error codes clients depend on (gateway contract, "Errors"). Codes never change once published.</summary>
public static class ProblemCodes
{
    public static readonly ProblemCode Validation = new("validation", StatusCodes.Status400BadRequest,
        new("The request is not valid.", "La requête n'est pas valide."));

    public static readonly ProblemCode Unauthenticated = new("unauthenticated", StatusCodes.Status401Unauthorized,
        new("Authentication is required.", "Une authentification est requise."));

    public static readonly ProblemCode Forbidden = new("forbidden", StatusCodes.Status403Forbidden,
        new("You are not allowed to do this.", "Vous n'êtes pas autorisé à effectuer cette action."));

    public static readonly ProblemCode NotFound = new("not-found", StatusCodes.Status404NotFound,
        new("Not found.", "Introuvable."));

    public static readonly ProblemCode MethodNotAllowed = new("method-not-allowed", StatusCodes.Status405MethodNotAllowed,
        new("This method is not allowed here.", "Cette méthode n'est pas autorisée ici."));

    public static readonly ProblemCode Duplicate = new("duplicate", StatusCodes.Status409Conflict,
        new("It already exists.", "Cet élément existe déjà."));

    public static readonly ProblemCode ApplicationLimit = new("application-limit", StatusCodes.Status409Conflict,
        new("You may apply to at most three vacancies of a campaign (R4).",
            "Vous pouvez postuler à trois offres au plus par campagne (R4)."));

    public static readonly ProblemCode DuplicateApplication = new("duplicate-application", StatusCodes.Status409Conflict,
        new("You have already applied to this vacancy (R4).", "Vous avez déjà postulé à cette offre (R4)."));

    public static readonly ProblemCode DeadlinePassed = new("deadline-passed", StatusCodes.Status409Conflict,
        new("The deadline of this vacancy has passed (R2, R5).", "La date limite de cette offre est dépassée (R2, R5)."));

    public static readonly ProblemCode InvalidTransition = new("invalid-transition", StatusCodes.Status409Conflict,
        new("This step is not possible now.", "Cette étape n'est pas possible maintenant."));

    public static readonly ProblemCode ConcurrencyConflict = new("concurrency-conflict", StatusCodes.Status409Conflict,
        new("Someone else changed this at the same time; try again.", "Quelqu'un d'autre a modifié cet élément en même temps ; réessayez."));

    public static readonly ProblemCode DocumentLimit = new("document-limit", StatusCodes.Status409Conflict,
        new("This application holds as many documents, or as many bytes of them, as allowed.",
            "Cette candidature contient déjà autant de documents, ou d'octets de documents, que permis."));

    public static readonly ProblemCode TooLarge = new("document-too-large", StatusCodes.Status413PayloadTooLarge,
        new("The request body is over this route's limit (a document is at most 5 MiB).",
            "Le corps de la requête dépasse la limite de cette route (un document fait au plus 5 Mio)."));

    public static readonly ProblemCode UnsupportedMediaType = new("unsupported-media-type", StatusCodes.Status415UnsupportedMediaType,
        new("This content type is not supported.", "Ce type de contenu n'est pas pris en charge."));

    public static readonly ProblemCode TooManyRequests = new("too-many-requests", StatusCodes.Status429TooManyRequests,
        new("Too many requests; try again later.", "Trop de requêtes ; réessayez plus tard."));

    public static readonly ProblemCode Unavailable = new("unavailable", StatusCodes.Status503ServiceUnavailable,
        new("The service is unavailable; try again later.", "Le service est indisponible ; réessayez plus tard."));

    public static readonly ProblemCode Unexpected = new("unexpected", StatusCodes.Status500InternalServerError,
        new("Something went wrong on our side.", "Une erreur s'est produite de notre côté."));

    private static readonly Dictionary<int, ProblemCode> ByStatus = new[]
    {
        Validation, Unauthenticated, Forbidden, NotFound, MethodNotAllowed, TooLarge, UnsupportedMediaType,
        TooManyRequests, Unavailable, Unexpected,
    }.ToDictionary(code => code.Status);

    /// <summary>The code a bare status stands for, when the framework (not our code) answered with it.</summary>
    public static ProblemCode ForStatus(int status) => status switch
    {
        _ when ByStatus.TryGetValue(status, out var code) => code,
        StatusCodes.Status502BadGateway or StatusCodes.Status504GatewayTimeout => Unavailable,
        >= 500 => Unexpected,
        _ => Validation,
    };
}
