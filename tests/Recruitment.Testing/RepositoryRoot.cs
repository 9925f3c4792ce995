namespace Recruitment.Testing;

public static class RepositoryRoot
{
    /// <summary>The checkout the tests run from: the first folder above the test binaries that holds Recruitment.sln.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Recruitment.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Recruitment.sln not found above " + AppContext.BaseDirectory);
    }
}
