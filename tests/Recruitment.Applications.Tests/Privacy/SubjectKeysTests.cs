using Recruitment.ServiceDefaults;
using Recruitment.ServiceDefaults.Privacy;

namespace Recruitment.Applications.Tests.Privacy;

/// <summary>A person's ids are keyed hashes of their address: stable, case-blind, and nobody without the key can compute them.</summary>
public sealed class SubjectKeysTests
{
    private static readonly SubjectKeys Keys = new(new string('k', 48));

    [Fact]
    public void A_subject_id_is_the_same_for_an_address_in_any_case_and_differs_under_another_key()
    {
        var id = Keys.SubjectId("ada@example.org");

        Assert.Equal(id, Keys.SubjectId(" Ada@Example.ORG "));
        Assert.NotEqual(id, Keys.SubjectId("grace@example.org"));
        Assert.NotEqual(id, new SubjectKeys(new string('x', 48)).SubjectId("ada@example.org"));
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public void A_missing_or_short_key_stops_the_service_with_what_to_set()
    {
        Assert.Contains("Privacy__SubjectKey", Assert.Throws<StartupConfigurationException>(() => new SubjectKeys("")).Message, StringComparison.Ordinal);
        Assert.Contains("32", Assert.Throws<StartupConfigurationException>(() => new SubjectKeys("short")).Message, StringComparison.Ordinal);
    }
}
