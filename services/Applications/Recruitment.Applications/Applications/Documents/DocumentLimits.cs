namespace Recruitment.Applications.Applications.Documents;

/// <summary>The "Documents" section: how much one application may hold.</summary>
public sealed class DocumentLimits
{
    public const string Section = "Documents";

    public int MaxPerApplication { get; set; } = 10;

    public long MaxTotalBytes { get; set; } = 25L * 1024 * 1024;
}
