namespace Recruitment.Load;


/// <summary>A submission's outcome on the candidate's path: when it was recorded, and how long after the submission.</summary>
public sealed record Outcome(DateTimeOffset At, TimeSpan Cycle);
