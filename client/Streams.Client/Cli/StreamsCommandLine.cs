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

    /// <summary>
    /// Parses a command line. Response files are off: their "@file" syntax would swallow the handles users type
    /// ("--handle @AcmeCare" would look for a file named AcmeCare).
    /// </summary>
    public static ParseResult Parse(string[] args) =>
        Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
}
