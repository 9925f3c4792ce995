using System.Text.Json;

namespace Recruitment.ServiceDefaults.Errors;

/// <summary>The contract writes enums in kebab-case ("interview-scheduled"); this is the one place that spells them.</summary>
public static class KebabCase
{
    public static string Of(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());

    /// <summary>Every value of the enum as the contract writes it, in declaration order.</summary>
    public static IReadOnlyList<string> Values<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Of).ToList();

    /// <summary>The enum value the contract's spelling names (surrounding spaces ignored), or null.</summary>
    public static TEnum? Parse<TEnum>(string? value)
        where TEnum : struct, Enum
    {
        var text = value?.Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Of(candidate) == text)
            {
                return candidate;
            }
        }

        return null;
    }
}
