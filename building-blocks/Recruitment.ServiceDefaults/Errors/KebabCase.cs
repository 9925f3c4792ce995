using System.Text.Json;

namespace Recruitment.ServiceDefaults.Errors;

/// <summary>The contract writes enums in kebab-case ("interview-scheduled"); this is the one place that spells them.</summary>
public static class KebabCase
{
    public static string Of(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());
}
