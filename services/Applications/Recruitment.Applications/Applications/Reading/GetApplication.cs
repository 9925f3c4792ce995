using System.Security.Claims;
using Marten;
using Recruitment.Applications.Notifications;

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

    public static void MapGetApplication(this RouteGroupBuilder application)
    {
        application.MapGet("", (Guid id, ClaimsPrincipal user, HttpContext http, IQuerySession session, CancellationToken cancellationToken) =>
                Visible(id, user, session, application => ApplicationView.From(application, Languages.Of(http)), cancellationToken))
            .ProducesProblems(ProblemCodes.NotFound);

        application.MapGet("/timeline", (Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
                Visible(id, user, session, application => application.Path
                    .Select((step, index) => (step, index))
                    .OrderBy(entry => entry.step.At).ThenBy(entry => entry.index)
                    .Select(entry => new TimelineEntry(entry.step.At, entry.step.Type, entry.step.Service, entry.step.Status, entry.step.Details)),
                    cancellationToken))
            .ProducesProblems(ProblemCodes.NotFound);

        application.MapGet("/notifications", (Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
                VisibleAsync(id, user, session, async application =>
                {
                    var notifications = application.Notifications
                        .Where(n => string.Equals(n.To, application.ApplicantEmail, StringComparison.OrdinalIgnoreCase) || !user.IsInRole(Roles.Applicant))
                        .OrderBy(n => n.At)
                        .ToList();
                    var deliveries = (await session.LoadManyAsync<NotificationDelivery>(cancellationToken, notifications.Select(n => n.NotificationId)))
                        .ToDictionary(d => d.Id);
                    return notifications.Select(n =>
                    {
                        var delivery = deliveries.GetValueOrDefault(n.NotificationId);
                        return new NotificationView(n.NotificationId, n.Kind, n.Language, n.Subject, n.Body, n.At,
                            KebabCase.Of(delivery?.Status ?? DeliveryStatus.Pending), delivery?.Attempts ?? 0, delivery?.SentAt);
                    });
                }, cancellationToken))
            .ProducesProblems(ProblemCodes.NotFound);
    }

    private static Task<Results<Ok<T>, Problem>> Visible<T>(
        Guid id, ClaimsPrincipal user, IQuerySession session, Func<Application, T> view, CancellationToken cancellationToken) =>
        VisibleAsync(id, user, session, application => Task.FromResult(view(application)), cancellationToken);

    /// <summary>The application's view for whoever may see it (their own, or HR and admins); 404 for anyone else.</summary>
    private static async Task<Results<Ok<T>, Problem>> VisibleAsync<T>(
        Guid id, ClaimsPrincipal user, IQuerySession session, Func<Application, Task<T>> view, CancellationToken cancellationToken) =>
        await session.LoadAsync<Application>(id, cancellationToken) is { } application && user.CanSee(application)
            ? TypedResults.Ok(await view(application))
            : Problems.Of(ProblemCodes.NotFound);
}
