using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Recruitment.ServiceDefaults.Privacy;

/// <summary>
/// Names for a person that do not reveal them. A stream that must be found from an e-mail address (one applicant's
/// campaign, one person's selection) and the subject id that travels between services instead of the address are
/// HMAC-SHA256 of the address under a secret key (<c>Privacy:SubjectKey</c>, configured like the signing key): stable,
/// so "one per person" still holds by stream id, but nobody without the key can compute them from an address.
/// </summary>
public sealed class SubjectKeys
{
    public const string Section = "Privacy";
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public SubjectKeys(string key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new StartupConfigurationException(
                "Privacy:SubjectKey is not set (environment: Privacy__SubjectKey): set a random secret of at least 32 bytes, shared by every service (for example: openssl rand -base64 48). Keep it: the ids derived from it depend on it.");
        }

        _key = Encoding.UTF8.GetBytes(key);
        if (_key.Length < MinimumKeyBytes)
        {
            throw new StartupConfigurationException(
                $"Privacy:SubjectKey is {_key.Length} bytes long: HMAC-SHA256 needs at least {MinimumKeyBytes} (for example: openssl rand -base64 48).");
        }
    }

    /// <summary>The person's id between services: 32 hex digits, the same for an address in any letter case.</summary>
    public string SubjectId(string email) => Convert.ToHexStringLower(Hash($"subject:{Normalise(email)}").AsSpan(0, 16));

    /// <summary>A stream id for one person in one scope (a campaign), e.g. ("applicant-campaign", email, "2026").</summary>
    public Guid StreamId(string kind, string email, string scope)
    {
        var hash = Hash($"{kind}:{Normalise(email)}|{scope}");

        // Shaped as an RFC 9562 version 8 (custom) UUID: a valid Guid that says it is not time- or name-based.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    private byte[] Hash(string text) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text));
}

public static class SubjectKeysExtensions
{
    public static IHostApplicationBuilder AddSubjectKeys(this IHostApplicationBuilder builder)
    {
        var keys = new SubjectKeys(builder.Configuration[$"{SubjectKeys.Section}:SubjectKey"] ?? string.Empty);
        builder.Services.AddSingleton(keys);
        return builder;
    }
}
