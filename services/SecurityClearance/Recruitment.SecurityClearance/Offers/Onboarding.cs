namespace Recruitment.SecurityClearance.Offers;

/// <summary>One thing to do before arrival (R20), in both languages (R21).</summary>
public sealed record ChecklistItem(string Code, string En, string Fr);

/// <summary>
/// R20: nationals of EU states, Albania, Canada and the United States need no visa; Turkish nationals need one before
/// travel is booked; every non-Belgian applies for the special identity card. With several nationalities, the most
/// favourable counts. Other nationalities are asked to check visa requirements, which R20 does not settle.
/// </summary>
public static class Onboarding
{
    private static readonly HashSet<string> EuMembers =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
        "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];

    private static readonly HashSet<string> VisaFree = [.. EuMembers, "AL", "CA", "US"];

    public static IReadOnlyList<ChecklistItem> For(IReadOnlyList<string> nationalities)
    {
        var items = new List<ChecklistItem>();
        if (!nationalities.Any(VisaFree.Contains))
        {
            items.Add(nationalities.Contains("TR")
                ? new("visa", "Obtain a visa for Belgium before you book your travel.", "Obtenez un visa pour la Belgique avant de réserver votre voyage.")
                : new("check-visa", "Check with the Belgian authorities whether you need a visa.", "Vérifiez auprès des autorités belges si un visa vous est nécessaire."));
        }

        if (!nationalities.Contains("BE"))
        {
            items.Add(new("special-identity-card", "Apply for the special identity card on arrival.", "Demandez la carte d'identité spéciale à votre arrivée."));
        }

        return items;
    }
}
