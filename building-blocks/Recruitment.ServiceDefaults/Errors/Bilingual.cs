namespace Recruitment.ServiceDefaults.Errors;

/// <summary>A text in both official languages (R21): everything a candidate reads exists in English and French.</summary>
public sealed record Bilingual(string En, string Fr)
{
    public string In(string language) => language == Languages.French ? Fr : En;
}
