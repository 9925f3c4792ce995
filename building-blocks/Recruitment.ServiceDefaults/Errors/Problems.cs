namespace Recruitment.ServiceDefaults.Errors;

/// <summary>Builds the contract's problem details: a stable code, a title in the caller's language, per-field messages.</summary>
public static class Problems
{
    public const string CodeKey = "code";

    public static Problem Of(ProblemCode code, Bilingual? detail = null) => new(code, detail, null);

    public static Problem Validation(IReadOnlyDictionary<string, Bilingual[]> errors) => new(ProblemCodes.Validation, null, errors);

    public static Problem Validation(string field, Bilingual message) =>
        Validation(new Dictionary<string, Bilingual[]> { [field] = [message] });
}
