namespace Recruitment.ServiceDefaults.Errors;

/// <summary>Collects what is wrong with each field of a request, so that one answer lists every problem at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<Bilingual>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyCollection<string> Fields => _errors.Keys;

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

    public Problem ToProblem() => Problems.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
