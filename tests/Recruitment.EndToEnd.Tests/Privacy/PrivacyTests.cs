using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Campaigns;
using Recruitment.Applications.Privacy;
using Recruitment.EventSourcing;
using Recruitment.EndToEnd.Tests.Divisions;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Privacy;

/// <summary>
/// GDPR through the gateway: a person reads everything held about them (Art. 15) and is forgotten (Art. 17) — every
/// service's events, documents and files lose them — while the facts without a person stay.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PrivacyTests(SystemFixture system)
{
    private sealed record Person(string Email, string GivenName, string FamilyName, string Motivation, string Reference, byte[] Document, Guid ApplicationId, string VacancyId, GatewayClient Applicant);

    [Fact]
    public async Task A_person_reads_everything_every_service_holds_about_them_and_staff_of_a_division_cannot()
    {
        var person = await Walked();
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var ops = await PoolSteps.Staff(system, "OPS");
        using var stranger = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        var mine = await person.Applicant.Get("/api/me/data");
        var theirs = await hr.Get($"/api/privacy/subjects/{Uri.EscapeDataString(person.Email)}/data");

        var application = mine.GetProperty("applications").GetProperty("applications")[0];
        Assert.Equal(person.GivenName, application.GetProperty("form").GetProperty("applicant").GetProperty("givenName").GetString());
        Assert.Equal(person.Motivation, application.GetProperty("form").GetProperty("motivation").GetString());
        Assert.Contains(application.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("kind").GetString() == "interview-scheduled");
        var document = application.GetProperty("documents")[0];
        Assert.Equal(person.Document, await person.Applicant.Http.GetByteArrayAsync(document.GetProperty("download").GetString()));
        var screening = mine.GetProperty("screening").GetProperty("screenings")[0];
        Assert.True(screening.GetProperty("screening").GetProperty("eligibility").GetProperty("eligible").GetBoolean());
        var pooled = mine.GetProperty("division-selection").GetProperty("poolEntries")[0];
        Assert.Equal(["OPS"], pooled.GetProperty("shortlistedBy").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(36, pooled.GetProperty("scorecards")[0].GetProperty("total").GetInt32());
        Assert.True(pooled.GetProperty("accommodationRequested").GetBoolean());
        Assert.Equal(JsonValueKind.Array, mine.GetProperty("security-clearance").GetProperty("cases").ValueKind);
        Assert.Equal(Names(mine), Names(theirs));

        Assert.DoesNotContain(person.GivenName, (await stranger.Get("/api/me/data")).GetRawText(), StringComparison.Ordinal);
        await GatewayClient.Problem(await ops.Http.GetAsync($"/api/privacy/subjects/{Uri.EscapeDataString(person.Email)}/data"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task After_an_erasure_no_service_holds_the_person_and_their_anonymous_path_remains()
    {
        var person = await Walked();
        using var admin = await system.Client().As("admin", "admin@example.org");
        using var hr = await system.Client().As("hr", "hr@example.org");

        var before = await DumpAsync();
        Assert.Contains(person.GivenName, before, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(person.Document), before, StringComparison.Ordinal);

        using var accepted = await admin.Post("/api/privacy/erasures", new { subject = person.Email });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var erasureId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erasureId").GetGuid();
        Assert.Equal($"/api/privacy/erasures/{erasureId}", accepted.Headers.Location?.OriginalString);
        var erasure = await Eventually.Get(() => admin.Get($"/api/privacy/erasures/{erasureId}"), e => e.GetProperty("status").GetString() == "done", "every service to erase");
        Assert.Equal(["applications", "screening", "division-selection", "security-clearance"],
            erasure.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("service").GetString()));

        var dump = await DumpAsync();
        string[] personal = [person.Email, person.GivenName, person.FamilyName, person.Motivation, person.Reference,
            Encoding.ASCII.GetString(person.Document), Convert.ToHexStringLower(person.Document)];
        Assert.All(personal, p => Assert.DoesNotContain(p, dump, StringComparison.OrdinalIgnoreCase));

        // The facts without the person: the application, where it got to, and its screening by rule.
        var application = await hr.Get($"/api/applications/{person.ApplicationId}");
        Assert.Equal("interview-scheduled", application.GetProperty("status").GetString());
        Assert.Contains((await hr.Get($"/api/applications/{person.ApplicationId}/timeline")).EnumerateArray(), s => s.GetProperty("type").GetString() == "shortlisted");
        var screened = (await hr.Get($"/api/screening/vacancies/{person.VacancyId}")).EnumerateArray().Single();
        Assert.True(screened.GetProperty("eligibility").GetProperty("eligible").GetBoolean());
        Assert.Equal("", screened.GetProperty("givenName").GetString());
        await GatewayClient.Problem(await person.Applicant.Http.GetAsync($"/api/applications/{person.ApplicationId}"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task An_open_clearance_holds_the_data_until_an_admin_forces_the_erasure()
    {
        var candidate = (await PoolSteps.Pooled(system, "OPS", ("en", false)))[0];
        using var ops = await PoolSteps.Staff(system, "OPS");
        using var admin = await system.Client().As("admin", "admin@example.org");
        await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = candidate.ApplicationId });
        await ops.Post("/api/divisions/OPS/decisions", new { applicationId = candidate.ApplicationId, decision = "selected" });
        await Eventually.True(async () => await Status(candidate) == "selected", "the selection");
        Assert.Equal(HttpStatusCode.OK, (await candidate.Applicant.Post($"/api/applications/{candidate.ApplicationId}/confirm-interest", new { })).StatusCode);
        await Eventually.True(async () => await Status(candidate) == "clearance-requested", "the clearance request");
        var email = candidate.Applicant.Subject;

        candidate.Applicant.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var held = await GatewayClient.Problem(await candidate.Applicant.Http.DeleteAsync("/api/me"), HttpStatusCode.Conflict, "legal-hold");
        Assert.Contains("habilitation", held.GetProperty("title").GetString(), StringComparison.Ordinal);
        await GatewayClient.Problem(await admin.Post("/api/privacy/erasures", new { subject = email }), HttpStatusCode.Conflict, "legal-hold");

        using var forced = await admin.Post("/api/privacy/erasures", new { subject = email, force = true });
        Assert.Equal(HttpStatusCode.Accepted, forced.StatusCode);
        var erasureId = (await forced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erasureId").GetGuid();
        var erasure = await Eventually.Get(() => admin.Get($"/api/privacy/erasures/{erasureId}"), e => e.GetProperty("status").GetString() == "done", "the forced erasure");
        Assert.True(erasure.GetProperty("forced").GetBoolean());
    }

    [Fact]
    public async Task An_applicant_who_asks_to_be_forgotten_has_their_open_application_withdrawn_first_and_follows_the_erasure_R5()
    {
        system.Clock.Set(PoolSteps.BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(await hr.PublishVacancy(deadline: "2025-06-22T23:59:00"));

        using var accepted = await applicant.Http.DeleteAsync("/api/me");

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var erasureId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erasureId").GetGuid();
        await Eventually.Get(() => applicant.Get($"/api/privacy/erasures/{erasureId}"), e => e.GetProperty("status").GetString() == "done", "the erasure");
        Assert.Equal("withdrawn", (await hr.Get($"/api/applications/{id}")).GetProperty("status").GetString());
        using var other = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        await GatewayClient.Problem(await other.Http.GetAsync($"/api/privacy/erasures/{erasureId}"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Applications_written_before_subject_keys_are_found_by_their_person_and_still_count_for_R4_after_the_migration()
    {
        system.Clock.Set(PoolSteps.BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");
        var email = $"{Guid.NewGuid():N}@example.org";
        var id = Guid.CreateVersion7();
        var store = system.Applications.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            // As the service wrote them before: no subject id, and the campaign stream named by a public UUIDv5 of the address.
            var form = new ApplicationForm(new Applicant("Ada", "Lovelace", new DateOnly(2001, 1, 15), ["FR"], "en"),
                new Education(EducationStatus.Enrolled, EducationLevel.Bachelor, 2, null), new LanguageSkills(LanguageLevel.Proficient, LanguageLevel.Working),
                new Desirables(false, false, false), "Motivation.", [], false);
            session.Events.StartStream<Application>(id, new ApplicationSubmitted(id, vacancy, "2025", email, null!, form, PoolSteps.BeforeDeadline,
                new DateTimeOffset(2025, 6, 22, 21, 59, 0, TimeSpan.Zero)));
            session.Events.StartStream<ApplicantCampaign>(StreamIds.For("applicant-campaign", $"{email}|2025"), new VacancyApplied("2025", vacancy, id));
            await session.SaveChangesAsync();
        }

        await system.Applications.Services.GetServices<IEventStoreSeed>().OfType<SubjectKeyMigration>().Single().SeedAsync(store, CancellationToken.None);

        using var applicant = await system.Client().As("applicant", email);
        await GatewayClient.Problem(await applicant.Post("/api/applications", SampleApplications.Valid(vacancy)), HttpStatusCode.Conflict, "duplicate-application");
        var mine = await Eventually.Get(() => applicant.Get("/api/me/data"),
            d => d.GetProperty("screening").GetProperty("screenings").GetArrayLength() == 1, "the screening to learn its person");
        Assert.Equal(id, mine.GetProperty("applications").GetProperty("applications")[0].GetProperty("application").GetProperty("applicationId").GetGuid());
    }

    [Fact]
    public async Task A_candidate_forwarded_after_their_erasure_never_joins_the_pool_with_their_name()
    {
        var applicationId = Guid.NewGuid();
        var divisions = system.Divisions.Services.GetRequiredService<IDocumentStore>();
        await system.Applications.Services.GetRequiredService<IBus>().Publish(
            new global::Recruitment.Applications.Contracts.PersonalDataErasureRequested(Guid.NewGuid(), "0123456789abcdef0123456789abcdef", [applicationId], DateTimeOffset.UtcNow));
        await Eventually.True(async () =>
        {
            await using var session = divisions.QuerySession();
            return (await session.Events.FetchStreamAsync(applicationId)).Count == 1;
        }, "the erasure to reach Division-Selection first");

        // Sent before the erasure, arriving after it.
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter(messageId);
        using var observer = system.Divisions.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        await system.Screening.Services.GetRequiredService<IBus>().Publish(new global::Recruitment.Screening.Contracts.CandidateForwarded(
            applicationId, "250700", "2025", "Zorblaxia", "Quompfield", "0123456789abcdef0123456789abcdef", "fr", "bachelor", "proficient", "working", true, 4,
            DateTimeOffset.UtcNow), context => context.MessageId = messageId);
        await Eventually.True(() => Task.FromResult(consumed.Completed == 1), "the late forwarding to be consumed");

        await using var query = divisions.QuerySession();
        Assert.IsType<SubjectErased>(Assert.Single(await query.Events.FetchStreamAsync(applicationId)).Data);
        var candidate = await query.LoadAsync<global::Recruitment.DivisionSelection.Pool.PoolCandidate>(applicationId);
        Assert.True(candidate!.Left);
        Assert.Equal("", candidate.GivenName);
    }

    /// <summary>A candidate with names no other test uses: applies with a document, is verified, forwarded, shortlisted, interviewed and rated.</summary>
    private async Task<Person> Walked()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (given, family) = ($"Zyqxw{suffix}", $"Vbnmq{suffix}");
        var email = $"{given}.{family}@example.org".ToLowerInvariant();
        var motivation = $"Motivation of {given} about Kqzzv{suffix}";
        var reference = $"Referee Jjxqp{suffix}";
        system.Clock.Set(PoolSteps.BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");
        var applicant = await system.Client().As("applicant", email);
        var submitted = await applicant.Post("/api/applications", new
        {
            vacancyId = vacancy,
            applicant = new { givenName = given, familyName = family, dateOfBirth = "2001-02-03", nationalities = new[] { "FR" }, preferredLanguage = "en" },
            education = new { status = "enrolled", level = "bachelor", yearsCompleted = 2 },
            languages = new { english = "proficient", french = "working" },
            motivation,
            references = new[] { new { name = reference, email = $"jjxqp{suffix}@example.org" } },
            accommodationRequested = true,
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();
        var document = Encoding.ASCII.GetBytes($"%PDF-1.7\n% Degree of {given} Wqxzp{suffix}\n%%EOF\n");
        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        Assert.Equal(HttpStatusCode.Created, (await applicant.Http.PostAsync($"/api/applications/{id}/documents",
            new MultipartFormDataContent { { file, "file", $"degree-{family}.pdf" }, { new StringContent("degree"), "kind" } })).StatusCode);
        await hr.VerifyDocuments(id);

        system.Clock.Set(PoolSteps.AfterDeadline);
        using var ops = await PoolSteps.Staff(system, "OPS");
        await Eventually.True(async () => (await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = id })).IsSuccessStatusCode, "the candidate in the pool");
        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/interviews", new { applicationId = id, kind = "face-to-face", at = "2025-07-01T08:00:00Z" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/assessments", new { applicationId = id, ratings = PoolSteps.Ratings(4) })).StatusCode);
        await Eventually.True(async () => (await applicant.Get($"/api/applications/{id}/notifications")).EnumerateArray()
            .Any(n => n.GetProperty("kind").GetString() == "interview-scheduled"), "the interview on the candidate's path");
        return new Person(email, given, family, motivation, reference, document, id, vacancy, applicant);
    }

    /// <summary>Every row of every table of the four services' schemas, as text: events, documents, files (bytea as hex), bookkeeping.</summary>
    private async Task<string> DumpAsync()
    {
        await using var connection = new NpgsqlConnection(system.Environment.Postgres);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select format('%I.%I', table_schema, table_name) from information_schema.tables where table_type = 'BASE TABLE' and table_schema in ('applications', 'screening', 'divisions', 'clearances')",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("applications.mt_events", tables);
        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"select t::text from {table} t", connection);
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                dump.AppendLine(rows.GetString(0));
            }
        }

        return dump.ToString();
    }

    private static List<string> Names(JsonElement export) => [.. export.EnumerateObject().Select(p => p.Name)];

    private static async Task<string?> Status(PoolSteps.Candidate candidate) =>
        (await candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}")).GetProperty("status").GetString();
}
