namespace Recruitment.ServiceDefaults.Errors;

/// <summary>A stable error code of the gateway contract, its HTTP status and its title in both languages.</summary>
public sealed record ProblemCode(string Code, int Status, Bilingual Title)
{
    /// <summary>The problem type (RFC 9457 "type"): one address per code.</summary>
    public string Type => $"https://recruitment.example/problems/{Code}";
}
