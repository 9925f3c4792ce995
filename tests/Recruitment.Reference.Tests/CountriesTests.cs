namespace Recruitment.Reference.Tests;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("FR")]
    [InlineData("BE")]
    [InlineData("MK")]
    [InlineData("TR")]
    public void Assigned_iso_codes_are_countries(string code) => Assert.True(Countries.IsIsoCode(code));

    [Theory]
    [InlineData("XX")]
    [InlineData("fr")]
    [InlineData("FRA")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not(string? code) => Assert.False(Countries.IsIsoCode(code));
}
