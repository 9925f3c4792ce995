using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Recruitment.ServiceDefaults.Errors;

/// <summary>The two official languages (R21) and how a request picks one.</summary>
public static class Languages
{
    public const string English = "en";
    public const string French = "fr";

    public static bool IsSupported(string? language) => language is English or French;

    /// <summary>The caller's language from Accept-Language, by quality; English when it names neither.</summary>
    public static string Of(HttpContext context)
    {
        var header = context.Request.Headers.AcceptLanguage.ToString();
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var values))
        {
            return English;
        }

        foreach (var value in values.OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = value.Value.Value ?? string.Empty;
            if (tag.StartsWith(French, StringComparison.OrdinalIgnoreCase))
            {
                return French;
            }

            if (tag.StartsWith(English, StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return English;
    }
}
