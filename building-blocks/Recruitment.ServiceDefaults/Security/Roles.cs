namespace Recruitment.ServiceDefaults.Security;

/// <summary>The roles of the gateway contract, carried in the JWT "role" claim.</summary>
public static class Roles
{
    public const string Applicant = "applicant";
    public const string Hr = "hr";
    public const string Division = "division";
    public const string ClearanceOfficer = "clearance-officer";
    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Applicant, Hr, Division, ClearanceOfficer, Admin };
}
