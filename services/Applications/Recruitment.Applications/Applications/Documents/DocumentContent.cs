namespace Recruitment.Applications.Applications.Documents;

/// <summary>
/// What a file is, judged by its first bytes and never by its name or declared type: only PDF, PNG and JPEG are
/// accepted, at most 5 MiB.
/// </summary>
public static class DocumentContent
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly (string ContentType, byte[] Signature)[] Signatures =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
    ];

    /// <summary>The content type the bytes prove, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        foreach (var (contentType, signature) in Signatures)
        {
            if (content.StartsWith(signature))
            {
                return contentType;
            }
        }

        return null;
    }
}
