using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Streams.IntegrationTests.Infrastructure;

/// <summary>Writes scripted firehoses as NDJSON, with times in minutes after a fixed start.</summary>
public sealed class FirehoseScript(string prefix)
{
    public static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private readonly List<(double Minute, string Line)> lines = [];
    private int counter;

    public string Prefix { get; } = prefix;

    public string Id(string local) => $"{Prefix}-{local}";

    public FirehoseScript Post(string id, string author, long followers, string text, double minute, string? inReplyTo = null, string? handle = null)
    {
        Add(minute, new
        {
            kind = "post",
            id = Id(id),
            platform = "twitter",
            createdAt = At(minute),
            author = new { id = Id(author), handle = handle ?? Id(author), followers },
            text,
            inReplyTo = inReplyTo is null ? null : Id(inReplyTo),
        });
        return this;
    }

    /// <summary>A post by a brand account (its handle is the brand's, not prefixed).</summary>
    public FirehoseScript BrandReply(string id, string brandHandle, string inReplyTo, double minute, string text = "We are sorry, please DM us.") =>
        Post(id, "brand-" + brandHandle, 50_000, text, minute, inReplyTo, handle: brandHandle);

    /// <summary><paramref name="count"/> reposts spread evenly over [from, to) minutes.</summary>
    public FirehoseScript Reposts(string postId, int count, double from, double to, long followers = 500)
    {
        for (var i = 0; i < count; i++)
        {
            var minute = from + (to - from) * i / count;
            var n = counter++;
            Add(minute, new
            {
                kind = "repost",
                id = Id($"r{n}"),
                postId = Id(postId),
                createdAt = At(minute),
                author = new { id = Id($"fan{n}"), followers },
            });
        }
        return this;
    }

    public FirehoseScript Likes(string postId, int count, double from, double to)
    {
        for (var i = 0; i < count; i++)
        {
            var n = counter++;
            Add(from + (to - from) * i / count, new
            {
                kind = "like",
                postId = Id(postId),
                createdAt = At(from + (to - from) * i / count),
                author = new { id = Id($"liker{n}") },
            });
        }
        return this;
    }

    /// <summary>The script in event-time order (stable for equal times).</summary>
    public string ToNdjson() => Join(lines.OrderBy(l => l.Minute).Select(l => l.Line));

    /// <summary>The lines in event-time order, for replays that cut or reorder them.</summary>
    public IReadOnlyList<string> Lines() => lines.OrderBy(l => l.Minute).Select(l => l.Line).ToArray();

    public static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }

    public static string At(double minute) =>
        Start.AddMinutes(minute).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private void Add(double minute, object evt) => lines.Add((minute, JsonSerializer.Serialize(evt)));
}
