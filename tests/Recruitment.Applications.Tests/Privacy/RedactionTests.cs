using Recruitment.ServiceDefaults.Privacy;

namespace Recruitment.Applications.Tests.Privacy;

/// <summary>Logs and spans carry ids, never an address.</summary>
public sealed class RedactionTests
{
    [Theory]
    [InlineData("/api/privacy/subjects/ada.lovelace@example.org/data", "/api/privacy/subjects/[email]/data")]
    [InlineData("550 5.1.1 <ada@example.org>: Recipient address rejected", "550 5.1.1 <[email]>: Recipient address rejected")]
    [InlineData("Mailbox \"Ada+jobs@Example.ORG\" unavailable", "Mailbox \"[email]\" unavailable")]
    [InlineData("/api/applications/0195a3c4-7d2e-7b1a-9c3f-2f6d8e4b5a10", "/api/applications/0195a3c4-7d2e-7b1a-9c3f-2f6d8e4b5a10")]
    public void Addresses_are_replaced_and_ids_kept(string text, string redacted) => Assert.Equal(redacted, Redaction.Redact(text));
}
