using System.Buffers.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.ServiceDefaults.Paging;

/// <summary>
/// How every list is paged (gateway contract, "Lists are paged"): a <c>limit</c> (default 50, at most 500) and an opaque
/// <c>cursor</c>. A page is the next <c>limit</c> items after the cursor's key in the list's stable order (keyset
/// paging, so a page costs the same however deep it is), and the next page's address travels in a <c>Link</c> header
/// (RFC 8288) while the body keeps the contract's shape: the array itself.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>The page asked for, with the cursor's key decoded; an error per bad parameter otherwise.</summary>
    public static PageRequest<TKey> Parse<TKey>(int? limit, string? cursor, FieldErrors errors)
        where TKey : class
    {
        errors.Check(limit is null or (>= 1 and <= MaxLimit), "limit", new(
            $"The limit is a number of items from 1 to {MaxLimit} (default {DefaultLimit}).",
            $"La limite est un nombre d'éléments de 1 à {MaxLimit} ({DefaultLimit} par défaut)."));
        TKey? after = null;
        if (cursor is not null)
        {
            after = Decode<TKey>(cursor);
            errors.Check(after is not null, "cursor", new(
                "This cursor is not one this list gave out; start again without it.",
                "Ce curseur n'a pas été donné par cette liste ; recommencez sans lui."));
        }

        return new PageRequest<TKey>(Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit), after);
    }

    /// <summary>
    /// The page from items fetched with <see cref="PageRequest{TKey}.Fetch"/> (one more than the limit, to know whether
    /// more follow); when more do, the Link header names the next page.
    /// </summary>
    public static IReadOnlyList<T> Page<T, TKey>(this HttpContext http, PageRequest<TKey> request, IReadOnlyList<T> fetched, Func<T, TKey> keyOf)
        where TKey : class
    {
        if (fetched.Count <= request.Limit)
        {
            return fetched;
        }

        var page = fetched.Take(request.Limit).ToList();
        http.LinkNext(request, keyOf(page[^1]));
        return page;
    }

    /// <summary>Names the page that starts after <paramref name="after"/> in the Link header.</summary>
    public static void LinkNext<TKey>(this HttpContext http, PageRequest<TKey> request, TKey after)
        where TKey : class =>
        http.Response.Headers.Append("Link", $"<{NextAddress(http.Request, request.Limit, Encode(after))}>; rel=\"next\"");

    private static string NextAddress(HttpRequest request, int limit, string cursor)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(parameter => parameter.Key is not ("limit" or "cursor"))
            .SelectMany(parameter => parameter.Value.Select(value => KeyValuePair.Create(parameter.Key, value)))
            .Append(KeyValuePair.Create("limit", (string?)limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(KeyValuePair.Create("cursor", (string?)cursor));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }

    private static string Encode<TKey>(TKey key) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(key));

    private static TKey? Decode<TKey>(string cursor)
        where TKey : class
    {
        try
        {
            return JsonSerializer.Deserialize<TKey>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception exception) when (exception is FormatException or JsonException or NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>A page asked for: at most <see cref="Limit"/> items after <see cref="After"/> (null: from the start).</summary>
public sealed record PageRequest<TKey>(int Limit, TKey? After)
    where TKey : class
{
    /// <summary>How many items to fetch: one more than the page, so that a next page is known to exist.</summary>
    public int Fetch => Limit + 1;
}
