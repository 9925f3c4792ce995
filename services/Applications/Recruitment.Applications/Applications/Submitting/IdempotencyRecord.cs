using System.Security.Cryptography;
using System.Text;

namespace Recruitment.Applications.Applications.Submitting;

/// <summary>
/// The first result of a submission sent with an Idempotency-Key, saved in the same transaction as the submission:
/// a retry with the same key gets the same application back instead of a second one.
/// </summary>
public sealed record IdempotencyRecord(string Id, Guid ApplicationId, DateTimeOffset At)
{
    public const int MaxKeyLength = 200;

    /// <summary>Keys are the applicant's own: the same key from two applicants names two records.</summary>
    public static string IdFor(string applicantEmail, string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{applicantEmail.ToLowerInvariant()}\n{key}")));
}
