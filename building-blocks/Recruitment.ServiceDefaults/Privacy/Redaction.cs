using System.Text.RegularExpressions;

namespace Recruitment.ServiceDefaults.Privacy;

/// <summary>
/// Logs and traces carry ids, never a person: an e-mail address that reaches a log line or a span (a URL path that names
/// the subject, a mail server's refusal that quotes the recipient) is replaced before it is written.
/// </summary>
public static partial class Redaction
{
    public const string Email = "[email]";

    public static string Redact(string text) => EmailAddress().Replace(text, Email);

    /// <summary>A request path as it is logged or traced: decoded (an address may arrive as %40), then redacted.</summary>
    public static string RedactPath(string? path) => Redact(Uri.UnescapeDataString(path ?? ""));

    [GeneratedRegex(@"[^\s/<>""'(),;:@]+@[^\s/<>""'(),;:@]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
