namespace Streams.UnitTests.Client;

/// <summary>The shared data files the client tests read.</summary>
internal static class ClientTestData
{
    public static string TwcsPath => SharedDataFiles.PathTo("conversations", "twcs_first5000.csv");
}
