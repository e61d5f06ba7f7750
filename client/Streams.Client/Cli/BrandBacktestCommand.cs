using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Streams.Client.Brands;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary>
/// <c>streams brands backtest</c>: runs a draft brand over the posts the silo keeps with
/// <c>POST /api/brands/backtest</c> and prints how many it would take, and the newest posts it would add to and drop
/// from the live brand's mentions. Needs an admin key.
/// </summary>
public static class BrandBacktestCommand
{
    private const int TextColumn = 90;

    public static Command Create(ConnectionOptions connection)
    {
        var brand = new BrandOptions();
        var file = new Option<FileInfo?>("--file") { Description = "The draft brand as a JSON object (as POST /api/brands takes it), instead of --id, --name, --query..." };
        var posts = new Option<int?>("--posts") { Description = "Posts read per partition, newest first (silo default 20,000)" };
        var samples = new Option<int?>("--samples") { Description = "Added and dropped posts listed (silo default 20)" };
        var command = new Command("backtest", "Run a draft brand over the posts already kept: what it would take, add and drop") { file, posts, samples };
        brand.AddTo(command);
        command.SetAction(CommandGuard.Wrap(async (parseResult, cancellationToken) =>
        {
            var body = parseResult.GetValue(file) is { } path
                ? await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false)
                : BrandJson.Serialize(brand.Read(parseResult, "--file"));
            var query = string.Join('&', new[] { ("posts", parseResult.GetValue(posts)), ("samples", parseResult.GetValue(samples)) }
                .Where(p => p.Item2 is not null)
                .Select(p => $"{p.Item1}={p.Item2!.Value.ToString(CultureInfo.InvariantCulture)}"));
            using var api = connection.CreateClient(parseResult);
            using var answer = await api.PostJsonForAnswerAsync("api/brands/backtest" + (query.Length > 0 ? "?" + query : ""), body, cancellationToken)
                .ConfigureAwait(false);
            Print(answer.RootElement, Console.Out);
            return 0;
        }));
        return command;
    }

    /// <summary>Writes the backtest answer as a summary line and the two sample tables.</summary>
    public static void Print(JsonElement result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int Count(string name) => result.GetProperty(name).GetInt32();
        var span = result.GetProperty("oldest").ValueKind == JsonValueKind.Null
            ? "no kept post"
            : $"posts from {result.GetProperty("oldest").GetDateTime():u} to {result.GetProperty("newest").GetDateTime():u}";
        output.WriteLine($"{result.GetProperty("brandId").GetString()}: {Count("scanned"):N0} {span}");
        output.WriteLine(result.GetProperty("registered").GetBoolean()
            ? $"the draft takes {Count("matched"):N0}; the live brand took {Count("matchedLive"):N0}; +{Count("added"):N0} added, -{Count("dropped"):N0} dropped"
            : $"the draft takes {Count("matched"):N0} (no brand with this id is registered)");
        Samples(result, "addedSamples", "ADDED", output);
        Samples(result, "droppedSamples", "DROPPED", output);
        foreach (var note in result.GetProperty("notes").EnumerateArray())
        {
            output.WriteLine("note: " + note.GetString());
        }
    }

    private static void Samples(JsonElement result, string property, string title, TextWriter output)
    {
        var rows = result.GetProperty(property).EnumerateArray().ToArray();
        if (rows.Length == 0)
        {
            return;
        }
        var table = new TextTable(title, "AT", "AUTHOR", "TEXT");
        foreach (var post in rows)
        {
            table.Add(
                post.GetProperty("postId").GetString() ?? "",
                post.GetProperty("createdAt").GetDateTime().ToString("u", CultureInfo.InvariantCulture),
                post.GetProperty("authorHandle").GetString() is { } handle ? "@" + handle : "",
                TextTable.Clip(post.GetProperty("text").GetString() ?? "", TextColumn));
        }
        output.WriteLine();
        output.Write(table.ToString());
    }
}
