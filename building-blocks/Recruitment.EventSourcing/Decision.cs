using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.EventSourcing;

/// <summary>What a pure Decide function answers: the facts to record, or why the command is refused.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, ProblemCode? refusal, Bilingual? detail)
    {
        Events = events;
        Refusal = refusal;
        Detail = detail;
    }

    public IReadOnlyList<object> Events { get; }

    public ProblemCode? Refusal { get; }

    public Bilingual? Detail { get; }

    public bool IsAccepted => Refusal is null;

    public static Decision Accept(params object[] events) => new(events, null, null);

    public static Decision Refuse(ProblemCode code, Bilingual? detail = null) => new([], code, detail);

    public Problem ToProblem() =>
        Problems.Of(Refusal ?? throw new InvalidOperationException("An accepted decision is not a problem."), Detail);
}
