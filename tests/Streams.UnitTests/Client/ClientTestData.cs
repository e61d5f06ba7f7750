namespace Streams.UnitTests.Client;

/// <summary>Locates the shared data folder next to the repository (as CI lays it out).</summary>
internal static class ClientTestData
{
    public static string TwcsPath => Path.Combine(RepositoryRoot(), "..", "shared", "data", "conversations", "twcs_first5000.csv");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Streams.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Streams.sln not found above " + AppContext.BaseDirectory);
    }
}
