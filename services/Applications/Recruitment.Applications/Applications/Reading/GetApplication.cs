using System.Security.Claims;
using Marten;
using Recruitment.Applications.Notifications;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.Applications.Applications.Reading;

/// <summary>
/// The candidate's side of their path: GET /api/applications/{id}, its /timeline and its /notifications. An applicant
/// sees only their own (anyone else's id is 404); HR and admins see all.
/// </summary>
public static class GetApplication
{
    public sealed record TimelineEntry(DateTimeOffset At, string Type, string Service, ApplicationStatus? Status, IReadOnlyDictionary<string, string> Details);

    /// <summary>A message to the candidate and whether it went out: pending, sent, or failed after its retries.</summary>
    public sealed record NotificationView(
        Guid NotificationId, string Kind, string Language, string Subject, string Body, DateTimeOffset At, string Status, int Attempts, DateTimeOffset? SentAt);

    public static void MapGetApplication(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/applications/{id:guid}", (Guid id, ClaimsPrincipal user, HttpContext http, IQuerySession session, CancellationToken cancellationToken) =>
                Visible(id, user, session, application => ApplicationView.From(application, Languages.Of(http)), cancellationToken))
            .RequireRoles(Roles.Applicant, Roles.Hr, Roles.Admin);

        app.MapGet("/api/applications/{id:guid}/timeline", (Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
                Visible(id, user, session, application => application.Path
                    .Select((step, index) => (step, index))
                    .OrderBy(entry => entry.step.At).ThenBy(entry => entry.index)
                    .Select(entry => new TimelineEntry(entry.step.At, entry.step.Type, entry.step.Service, entry.step.Status, entry.step.Details)),
                    cancellationToken))
            .RequireRoles(Roles.Applicant, Roles.Hr, Roles.Admin);

        app.MapGet("/api/applications/{id:guid}/notifications", async (Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
            {
                if (await session.LoadAsync<Application>(id, cancellationToken) is not { } application || !user.CanSee(application))
                {
                    return Problems.Of(ProblemCodes.NotFound);
                }

                var notifications = application.Notifications
                    .Where(n => string.Equals(n.To, application.ApplicantEmail, StringComparison.OrdinalIgnoreCase) || !user.IsInRole(Roles.Applicant))
                    .OrderBy(n => n.At)
                    .ToList();
                var deliveries = (await session.LoadManyAsync<NotificationDelivery>(cancellationToken, notifications.Select(n => n.NotificationId)))
                    .ToDictionary(d => d.Id);
                return Results.Ok(notifications.Select(n => deliveries.TryGetValue(n.NotificationId, out var d)
                    ? new NotificationView(n.NotificationId, n.Kind, n.Language, n.Subject, n.Body, n.At, KebabCase.Of(d.Status), d.Attempts, d.SentAt)
                    : new NotificationView(n.NotificationId, n.Kind, n.Language, n.Subject, n.Body, n.At, KebabCase.Of(DeliveryStatus.Pending), 0, null)));
            })
            .RequireRoles(Roles.Applicant, Roles.Hr, Roles.Admin);
    }

    private static async Task<IResult> Visible<T>(
        Guid id, ClaimsPrincipal user, IQuerySession session, Func<Application, T> view, CancellationToken cancellationToken) =>
        await session.LoadAsync<Application>(id, cancellationToken) is { } application && user.CanSee(application)
            ? Results.Ok(view(application))
            : Problems.Of(ProblemCodes.NotFound);
}
