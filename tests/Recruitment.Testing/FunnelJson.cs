using System.Text.Json;

namespace Recruitment.Testing;

/// <summary>Reads GET /api/analytics/campaigns/{campaign} as a client does: the candidates per stage of a figures object.</summary>
public static class FunnelJson
{
    /// <param name="figures">The answer's <c>total</c>, or one vacancy's <c>figures</c>.</param>
    public static Dictionary<string, int> Stages(JsonElement figures) =>
        figures.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("candidates").GetInt32());

    public static int Total(JsonElement funnel, string stage) => Stages(funnel.GetProperty("total"))[stage];
}
