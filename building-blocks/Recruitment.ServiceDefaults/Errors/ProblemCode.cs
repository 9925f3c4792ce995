namespace Recruitment.ServiceDefaults.Errors;

/// <summary>A stable error code of the gateway contract, its HTTP status and its title in both languages.</summary>
public sealed record ProblemCode(string Code, int Status, Bilingual Title);
