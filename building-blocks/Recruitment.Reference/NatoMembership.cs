namespace Recruitment.Reference;

/// <summary>
/// The 32 member states (ISO 3166-1 alpha-2) and the day each joined the Alliance (R7). Screening copies it into each
/// rule set (a campaign judges with the membership of its own rule set); Security-Clearance addresses a case to the
/// national authority of a member state.
/// </summary>
public static class NatoMembership
{
    // The North Atlantic Treaty entered into force for its twelve signatories on 24 August 1949.
    private static readonly DateOnly Founding = new(1949, 8, 24);

    public static readonly IReadOnlyList<(string Country, DateOnly Accession)> Members =
    [
        ("BE", Founding), ("CA", Founding), ("DK", Founding), ("FR", Founding), ("IS", Founding), ("IT", Founding),
        ("LU", Founding), ("NL", Founding), ("NO", Founding), ("PT", Founding), ("GB", Founding), ("US", Founding),
        ("GR", new(1952, 2, 18)), ("TR", new(1952, 2, 18)),
        ("DE", new(1955, 5, 6)),
        ("ES", new(1982, 5, 30)),
        ("CZ", new(1999, 3, 12)), ("HU", new(1999, 3, 12)), ("PL", new(1999, 3, 12)),
        ("BG", new(2004, 3, 29)), ("EE", new(2004, 3, 29)), ("LV", new(2004, 3, 29)), ("LT", new(2004, 3, 29)),
        ("RO", new(2004, 3, 29)), ("SK", new(2004, 3, 29)), ("SI", new(2004, 3, 29)),
        ("AL", new(2009, 4, 1)), ("HR", new(2009, 4, 1)),
        ("ME", new(2017, 6, 5)),
        ("MK", new(2020, 3, 27)),
        ("FI", new(2023, 4, 4)),
        ("SE", new(2024, 3, 7)),
    ];

    public static bool IsMember(string country) => Members.Any(m => m.Country == country);
}
