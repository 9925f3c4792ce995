namespace Recruitment.ServiceDefaults.Errors;

/// <summary>Collects what is wrong with each field of a request, so that one answer lists every problem at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<Bilingual>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyCollection<string> Fields => _errors.Keys;

    /// <summary>What is wrong with one field, in both languages; empty when nothing is.</summary>
    public IReadOnlyList<Bilingual> For(string field) => _errors.TryGetValue(field, out var messages) ? messages : [];

    public void Add(string field, Bilingual message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Adds <paramref name="message"/> unless <paramref name="holds"/>; returns whether it held.</summary>
    public bool Check(bool holds, string field, Bilingual message)
    {
        if (!holds)
        {
            Add(field, message);
        }

        return holds;
    }

    /// <summary>Adds "this field is required" unless <paramref name="value"/> has text; returns whether it has.</summary>
    public bool Required(string? value, string field) => Check(!string.IsNullOrWhiteSpace(value), field, FieldMessages.Required);

    /// <summary>Adds "this field is required" unless <paramref name="value"/> is there; returns whether it is.</summary>
    public bool Required<T>(T? value, string field)
        where T : struct => Check(value.HasValue, field, FieldMessages.Required);

    /// <summary>The enum value <paramref name="value"/> names in kebab-case, or null with the allowed values in the message.</summary>
    public TEnum? OneOf<TEnum>(string? value, string field)
        where TEnum : struct, Enum
    {
        var parsed = KebabCase.Parse<TEnum>(value);
        Check(parsed is not null, field, FieldMessages.OneOf(KebabCase.Values<TEnum>()));
        return parsed;
    }

    /// <summary><paramref name="value"/> if it is one of <paramref name="allowed"/>, or null with them in the message.</summary>
    public string? OneOf(string? value, string field, IReadOnlyCollection<string> allowed)
    {
        var text = value?.Trim();
        return Check(text is not null && allowed.Contains(text), field, FieldMessages.OneOf(allowed)) ? text : null;
    }

    public Problem ToProblem() => Problems.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
