namespace Recruitment.ServiceDefaults.Errors;

/// <summary>The messages every endpoint gives for the same mistakes, in both languages (R21).</summary>
public static class FieldMessages
{
    public static readonly Bilingual Required = new("This field is required.", "Ce champ est obligatoire.");

    public static Bilingual OneOf(IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return new($"Unknown value; it is one of: {list}.", $"Valeur inconnue ; elle est l'une de : {list}.");
    }
}
