using System.CommandLine;
using Streams.Client.Brands;

namespace Streams.Client.Cli;

/// <summary>The options that describe one brand on the command line, shared by <c>brands add</c> and <c>brands preview</c>.</summary>
public sealed class BrandOptions
{
    public Option<string?> Id { get; } = new("--id") { Description = "Brand id (lower-case, stable)" };

    public Option<string?> Name { get; } = new("--name") { Description = "Display name (also matched in text)" };

    public Option<string[]> Handles { get; } = new("--handle") { Description = "A handle: jane, @jane, or platform:jane (repeatable)" };

    public Option<string[]> Aliases { get; } = new("--alias") { Description = "Another name the brand is called by (repeatable)" };

    public Option<string[]> Languages { get; } = new("--lang") { Description = "A language the brand answers in, e.g. en, fr (repeatable)" };

    public Option<int> Target { get; } = new("--target") { Description = "Response target in minutes", DefaultValueFactory = _ => 60 };

    public Option<string?> Query { get; } = new("--query")
    {
        Description = "A boolean query replacing name and alias matching, e.g. 'orange NEAR/3 (forfait OR fibre) NOT jus'",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Id);
        command.Options.Add(Name);
        command.Options.Add(Handles);
        command.Options.Add(Aliases);
        command.Options.Add(Languages);
        command.Options.Add(Target);
        command.Options.Add(Query);
    }

    /// <summary>The brand the options describe; <paramref name="alternative"/> names what else the command takes instead.</summary>
    public BrandRegistration Read(ParseResult parseResult, string alternative) => new(
        parseResult.GetValue(Id) ?? throw new ArgumentException($"--id is required (or use {alternative})."),
        parseResult.GetValue(Name) ?? throw new ArgumentException($"--name is required (or use {alternative})."),
        (parseResult.GetValue(Handles) ?? []).Select(BrandsCommand.ParseHandle).ToArray(),
        parseResult.GetValue(Aliases) ?? [],
        parseResult.GetValue(Languages) ?? [],
        parseResult.GetValue(Target),
        parseResult.GetValue(Query));
}
