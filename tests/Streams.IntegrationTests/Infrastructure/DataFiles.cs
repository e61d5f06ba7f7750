namespace Streams.IntegrationTests.Infrastructure;

/// <summary>Finds the team's shared data: <c>../shared/data</c> next to the repository root.</summary>
public static class DataFiles
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Streams.sln")))
        {
            dir = dir.Parent;
        }
        if (dir is null)
        {
            throw new DirectoryNotFoundException("Streams.sln not found above " + AppContext.BaseDirectory);
        }
        return System.IO.Path.Combine([dir.FullName, "..", "shared", "data", .. parts]);
    }
}
