using System.CommandLine;

namespace Streams.Client.Cli;

/// <summary>The <c>streams</c> command tree.</summary>
public static class StreamsCommandLine
{
    public static RootCommand Create()
    {
        var connection = new ConnectionOptions();
        var root = new RootCommand("streams: feed and inspect a Streams silo over its HTTP API")
        {
            connection.Url,
            connection.ApiKey,
        };
        root.Subcommands.Add(ReplayCommand.Create(connection));
        root.Subcommands.Add(GenerateCommand.Create(connection));
        root.Subcommands.Add(BrandsCommand.Create(connection));
        root.Subcommands.Add(EscalationsCommand.Create(connection));
        root.Subcommands.Add(StatusCommand.Create(connection));
        return root;
    }
}
