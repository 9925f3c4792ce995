using Recruitment.Applications.Applications;
using Recruitment.Applications.Applications.Documents;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Applications.Tests.Applications;

/// <summary>The candidate's path: steps reported twice are recorded once; the status follows when steps happened.</summary>
public sealed class ApplicationPathTests
{
    private static readonly DateTimeOffset Submitted = new(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2025, 6, 22, 21, 59, 0, TimeSpan.Zero);

    [Fact]
    public void A_step_reported_twice_is_recorded_once()
    {
        var report = Step("shortlisted", Submitted.AddDays(20), ApplicationStatus.Shortlisted);

        var application = AnApplication().Apply(report).Apply(report);

        Assert.Equal(2, application.Path.Count);
    }

    [Fact]
    public void Steps_arriving_out_of_order_give_the_status_of_the_latest_that_happened()
    {
        var selected = Step("selected", Submitted.AddDays(40), ApplicationStatus.Selected);
        var shortlisted = Step("shortlisted", Submitted.AddDays(20), ApplicationStatus.Shortlisted);

        var application = AnApplication().Apply(selected).Apply(shortlisted);

        Assert.Equal(ApplicationStatus.Selected, application.Status);
    }

    [Fact]
    public void Of_two_steps_at_the_same_instant_the_later_stage_wins_whatever_arrives_last()
    {
        var at = Submitted.AddDays(20);

        var application = AnApplication().Apply(Step("selected", at, ApplicationStatus.Selected)).Apply(Step("shortlisted", at, ApplicationStatus.Shortlisted));

        Assert.Equal(ApplicationStatus.Selected, application.Status);
    }

    [Fact]
    public void A_step_without_a_status_leaves_the_status_as_it_was()
    {
        var application = AnApplication().Apply(Step("screening-started", Submitted.AddMinutes(1), null));

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Changes_are_refused_after_the_deadline_R5()
    {
        Assert.Equal(ProblemCodes.DeadlinePassed, AnApplication().CanChange(Deadline.AddMinutes(1), Deadline).Refusal);
        Assert.True(AnApplication().CanChange(Deadline, Deadline).IsAccepted);
    }

    [Fact]
    public void A_withdrawn_application_cannot_change_again_R5()
    {
        var withdrawn = AnApplication().Apply(new ApplicationWithdrawn(Submitted.AddDays(1)));

        Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(ProblemCodes.InvalidTransition, withdrawn.CanChange(Submitted.AddDays(2), Deadline).Refusal);
    }

    [Fact]
    public void An_application_holds_at_most_the_configured_number_of_documents()
    {
        var limits = new DocumentLimits { MaxPerApplication = 2, MaxTotalBytes = 1_000_000 };
        var application = AnApplication().Apply(Document(100)).Apply(Document(100));

        Assert.Equal(ProblemCodes.DocumentLimit, application.CanAdd(Document(100), limits).Refusal);
        Assert.True(AnApplication().Apply(Document(100)).CanAdd(Document(100), limits).IsAccepted);
    }

    [Fact]
    public void An_application_holds_at_most_the_configured_bytes_of_documents()
    {
        var limits = new DocumentLimits { MaxPerApplication = 10, MaxTotalBytes = 1000 };
        var application = AnApplication().Apply(Document(600));

        Assert.True(application.CanAdd(Document(400), limits).IsAccepted);
        var refused = application.CanAdd(Document(401), limits);
        Assert.Equal(ProblemCodes.DocumentLimit, refused.Refusal);
        Assert.Empty(refused.Events);
    }

    [Fact]
    public void The_defaults_are_ten_documents_and_25_MiB()
    {
        Assert.Equal(10, new DocumentLimits().MaxPerApplication);
        Assert.Equal(25L * 1024 * 1024, new DocumentLimits().MaxTotalBytes);
    }

    private static DocumentUploaded Document(long size) =>
        new(Guid.NewGuid(), DocumentKind.Degree, "application/pdf", "degree.pdf", size, new string('0', 64), Submitted.AddHours(1));

    private static StepReported Step(string type, DateTimeOffset at, ApplicationStatus? status) =>
        new(type, "division-selection", at, status, new Dictionary<string, string>(), Guid.NewGuid());

    private static Application AnApplication() => Application.Create(new ApplicationSubmitted(
        Guid.NewGuid(), "250700", "2025", "ada@example.org", "5ab0c0ffee5ab0c0ffee5ab0c0ffee00",
        new ApplicationForm(
            new Applicant("Ada", "Lovelace", new DateOnly(2003, 1, 15), ["FR"], "fr"),
            new Education(EducationStatus.Enrolled, EducationLevel.Bachelor, 2, null),
            new LanguageSkills(LanguageLevel.Proficient, LanguageLevel.Working),
            new Desirables(false, false, false),
            string.Empty,
            [],
            false),
        Submitted,
        Deadline));
}
