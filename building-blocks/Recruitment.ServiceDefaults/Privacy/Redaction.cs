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

    [GeneratedRegex(@"[^\s/<>""'(),;:@]+@[^\s/<>""'(),;:@]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
