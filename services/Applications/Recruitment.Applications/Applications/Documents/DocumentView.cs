namespace Recruitment.Applications.Applications.Documents;

public sealed record DocumentView(Guid DocumentId, DocumentKind Kind, string ContentType, string FileName, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    public static DocumentView From(DocumentUploaded uploaded) =>
        new(uploaded.DocumentId, uploaded.Kind, uploaded.ContentType, uploaded.FileName, uploaded.Size, uploaded.Sha256, uploaded.UploadedAt);
}
