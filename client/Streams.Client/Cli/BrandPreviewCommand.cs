using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Streams.Client.Brands;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary>
/// <c>streams brands preview</c>: tries a brand (its query, handles, topics) on sample posts with
/// <c>POST /api/brands/preview</c> and prints what the pipeline would make of each, without registering anything.
/// Sample posts are one per line: plain text, or a JSON object with the fields a query can filter on.
/// </summary>
public static class BrandPreviewCommand
{
    /// <summary>The silo reads at most this many posts per preview; longer lists go in several requests.</summary>
    public const int PostsPerRequest = 1_000;

    private const int TextColumn = 60;

    public static Command Create(ConnectionOptions connection)
    {
        var brand = new BrandOptions();
        var file = new Option<FileInfo?>("--file") { Description = "The brand as a JSON object (as POST /api/brands takes it), instead of --id, --name, --query..." };
        var posts = new Option<FileInfo?>("--posts")
        {
            Description = "Sample posts, one per line: text, or {\"text\",\"lang\",\"platform\",\"region\",\"author\":{...}}; standard input when absent",
        };
        var matchedOnly = new Option<bool>("--matched") { Description = "Print only the posts the brand takes" };
        var command = new Command("preview", "Show which sample posts a brand would take and how each is read, without registering it") { file, posts, matchedOnly };
        brand.AddTo(command);
        command.SetAction(CommandGuard.Wrap(async (parseResult, cancellationToken) =>
        {
            var brandJson = parseResult.GetValue(file) is { } path
                ? await ReadBrandFileAsync(path, cancellationToken).ConfigureAwait(false)
                : ToElement(BrandJson.Serialize(brand.Read(parseResult, "--file")));
            var samples = await ReadSamplesAsync(parseResult.GetValue(posts), cancellationToken).ConfigureAwait(false);
            if (samples.Count == 0)
            {
                throw new FormatException("No sample post: give --posts FILE or pipe one post per line.");
            }
            using var api = connection.CreateClient(parseResult);
            await RunAsync(api, brandJson, samples, parseResult.GetValue(matchedOnly), Console.Out, cancellationToken).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Previews <paramref name="samples"/> for <paramref name="brand"/> (a brand object as the API takes it), in requests
    /// of <see cref="PostsPerRequest"/>, and writes the table and a closing "N of M posts matched" line. Returns N.
    /// </summary>
    public static async Task<int> RunAsync(
        StreamsApiClient api, JsonElement brand, IReadOnlyList<(JsonElement Post, string Text)> samples, bool matchedOnly, TextWriter output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(output);
        var table = new TextTable("#", "MATCH", "LANG", "SENTIMENT", "TOPICS", "INTENTS", "TEXT");
        var matched = 0;
        var offset = 0;
        foreach (var chunk in samples.Chunk(PostsPerRequest))
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new { brand, posts = chunk.Select(s => s.Post) });
            using var answer = await api.PostJsonForAnswerAsync("api/brands/preview", body, cancellationToken).ConfigureAwait(false);
            foreach (var post in answer.RootElement.GetProperty("posts").EnumerateArray())
            {
                var index = post.GetProperty("index").GetInt32();
                var isMatched = post.GetProperty("matched").GetBoolean();
                matched += isMatched ? 1 : 0;
                if (matchedOnly && !isMatched)
                {
                    continue;
                }
                table.Add(
                    (offset + index + 1).ToString(CultureInfo.InvariantCulture),
                    post.GetProperty("ownPost").GetBoolean() ? "own" : isMatched ? "yes" : "no",
                    post.GetProperty("language").GetString() ?? "",
                    SentimentText(post),
                    string.Join(", ", post.GetProperty("topics").EnumerateArray().Select(t => t.GetString())),
                    string.Join(", ", post.GetProperty("intents").EnumerateArray().Select(t => t.GetString())),
                    TextTable.Clip(chunk[index].Text, TextColumn));
            }
            offset += chunk.Length;
        }
        await output.WriteAsync(table.ToString()).ConfigureAwait(false);
        await output.WriteLineAsync($"{matched} of {samples.Count} posts matched").ConfigureAwait(false);
        return matched;
    }

    /// <summary>"-0.52 negative", with the care rules that held the reading in brackets: "-0.52 negative (plainComplaint)".</summary>
    private static string SentimentText(JsonElement post)
    {
        var text = $"{post.GetProperty("sentiment").GetDouble().ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)} {post.GetProperty("sentimentLabel").GetString()}";
        var rules = post.TryGetProperty("sentimentRules", out var list) ? string.Join(", ", list.EnumerateArray().Select(r => r.GetString())) : "";
        return rules.Length == 0 ? text : $"{text} ({rules})";
    }

    private static async Task<JsonElement> ReadBrandFileAsync(FileInfo path, CancellationToken cancellationToken)
    {
        var brand = ToElement(await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false));
        return brand.ValueKind == JsonValueKind.Object ? brand : throw new FormatException($"{path.Name} must hold one JSON brand object.");
    }

    /// <summary>The sample posts, numbered from 1 by their line in errors; blank lines are skipped.</summary>
    private static async Task<List<(JsonElement Post, string Text)>> ReadSamplesAsync(FileInfo? path, CancellationToken cancellationToken)
    {
        using var reader = path is null
            ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
            : new StreamReader(path.FullName, Encoding.UTF8);
        var samples = new List<(JsonElement, string)>();
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            if (text.TrimStart().StartsWith('{'))
            {
                JsonElement post;
                try
                {
                    post = ToElement(Encoding.UTF8.GetBytes(text));
                }
                catch (JsonException malformed)
                {
                    throw new FormatException($"{path?.Name ?? "stdin"} line {line}: not a JSON post object ({malformed.Message})", malformed);
                }
                samples.Add((post, post.TryGetProperty("text", out var value) ? value.ToString() : ""));
            }
            else
            {
                samples.Add((JsonSerializer.SerializeToElement(new { text }), text));
            }
        }
        return samples;
    }

    private static JsonElement ToElement(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
