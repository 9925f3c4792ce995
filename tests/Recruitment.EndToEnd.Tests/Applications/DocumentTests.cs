using System.Net;
using System.Net.Http.Headers;

namespace Recruitment.EndToEnd.Tests.Applications;

/// <summary>R10 documents: PDF, PNG or JPEG recognised by content, at most 5 MiB, stored in PostgreSQL.</summary>
[Collection(SystemCollection.Name)]
public sealed class DocumentTests(SystemFixture system)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    [Theory]
    [InlineData("pdf", "degree.pdf", "application/pdf")]
    [InlineData("png", "scan.png", "image/png")]
    [InlineData("jpeg", "photo.jpg", "image/jpeg")]
    public async Task A_pdf_png_or_jpeg_is_stored_and_can_be_read_back(string format, string name, string expectedType)
    {
        var (applicant, id) = await AnApplication();
        var bytes = format switch { "pdf" => Pdf, "png" => Png, _ => Jpeg };

        var response = await Upload(applicant, id, bytes, name, "degree");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var listed = (await applicant.Get($"/api/applications/{id}/documents"))[0];
        Assert.Equal(expectedType, listed.GetProperty("contentType").GetString());
        var documentId = listed.GetProperty("documentId").GetGuid();
        Assert.Equal(bytes, await applicant.Http.GetByteArrayAsync($"/api/applications/{id}/documents/{documentId}"));
    }

    [Fact]
    public async Task A_file_is_judged_by_its_content_not_its_name()
    {
        var (applicant, id) = await AnApplication();

        var response = await Upload(applicant, id, "MZ this is a program, not a PDF"u8.ToArray(), "degree.pdf", "degree", "application/pdf");

        await GatewayClient.Problem(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(0, (await applicant.Get($"/api/applications/{id}/documents")).GetArrayLength());
    }

    [Fact]
    public async Task A_document_over_5_MiB_is_refused_and_not_stored()
    {
        var (applicant, id) = await AnApplication();
        var big = new byte[(5 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        var response = await Upload(applicant, id, big, "thesis.pdf", "degree");

        await GatewayClient.Problem(response, HttpStatusCode.RequestEntityTooLarge, "document-too-large");
        Assert.Equal(0, (await applicant.Get($"/api/applications/{id}/documents")).GetArrayLength());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_6_MiB_body_gets_413_through_the_gateway_with_or_without_its_length_announced(bool announced)
    {
        var (applicant, id) = await AnApplication();
        applicant.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var big = new byte[6 * 1024 * 1024];
        Pdf.CopyTo(big, 0);
        var file = new StreamContent(new MemoryStream(big));
        var form = new MultipartFormDataContent { { file, "file", "thesis.pdf" }, { new StringContent("degree"), "kind" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{id}/documents") { Content = form };
        if (announced)
        {
            await form.LoadIntoBufferAsync();
        }
        else
        {
            request.Headers.TransferEncodingChunked = true;
        }

        using var response = await applicant.Http.SendAsync(request);

        var problem = await GatewayClient.Problem(response, HttpStatusCode.RequestEntityTooLarge, "document-too-large");
        Assert.Contains("5 Mio", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await applicant.Get($"/api/applications/{id}/documents")).GetArrayLength());
    }

    [Fact]
    public async Task An_eleventh_document_is_refused_with_document_limit_and_not_stored()
    {
        var (applicant, id) = await AnApplication();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await Upload(applicant, id, Pdf, $"page-{i}.pdf", "degree")).StatusCode);
        }

        await GatewayClient.Problem(await Upload(applicant, id, Pdf, "one-more.pdf", "degree"), HttpStatusCode.Conflict, "document-limit");
        Assert.Equal(10, (await applicant.Get($"/api/applications/{id}/documents")).GetArrayLength());
    }

    [Fact]
    public async Task An_upload_to_someone_elses_application_answers_404()
    {
        var (_, id) = await AnApplication();
        using var other = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        await GatewayClient.Problem(await Upload(other, id, Pdf, "degree.pdf", "degree"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task An_unknown_kind_is_refused()
    {
        var (applicant, id) = await AnApplication();

        await GatewayClient.Problem(await Upload(applicant, id, Pdf, "x.pdf", "passport"), HttpStatusCode.BadRequest, "validation");
    }

    private async Task<(GatewayClient Applicant, Guid Id)> AnApplication()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        return (applicant, await applicant.Apply(await hr.PublishVacancy()));
    }

    private static Task<HttpResponseMessage> Upload(GatewayClient client, Guid id, byte[] bytes, string name, string kind, string declaredType = "application/octet-stream")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        var form = new MultipartFormDataContent { { file, "file", name }, { new StringContent(kind), "kind" } };
        return client.Http.PostAsync($"/api/applications/{id}/documents", form);
    }
}
