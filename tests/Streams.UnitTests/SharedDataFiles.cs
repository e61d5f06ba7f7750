namespace Streams.UnitTests;

/// <summary>Finds files under ../shared/data next to the repository root, wherever the repository was cloned.</summary>
internal static class SharedDataFiles
{
    public static string PathTo(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Streams.sln")))
        {
            directory = directory.Parent;
        }
        if (directory is null)
        {
            throw new InvalidOperationException($"No Streams.sln above {AppContext.BaseDirectory}.");
        }
        return Path.Combine([directory.FullName, "..", "shared", "data", .. parts]);
    }
}
