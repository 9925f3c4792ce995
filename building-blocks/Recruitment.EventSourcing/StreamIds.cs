using System.Security.Cryptography;
using System.Text;

namespace Recruitment.EventSourcing;

/// <summary>
/// Stream ids derived from a business key (RFC 9562 name-based UUID, version 5): the same key always names the same
/// stream, so "one per key" is held by the event store's stream-id uniqueness instead of a lookup.
/// </summary>
public static class StreamIds
{
    private static readonly Guid Namespace = new("3f1d6a52-5a4e-4c61-9a55-2f7d7f3b8e10");

    public static Guid For(string kind, string key)
    {
        var name = Encoding.UTF8.GetBytes($"{kind}:{key}");
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);

#pragma warning disable CA5350 // SHA-1 is what version-5 UUIDs are defined with; this is naming, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
