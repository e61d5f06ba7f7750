using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Streams.Abstractions.Pipeline;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests;

/// <summary>
/// The live feed does not wait for a partition's flush: with flushes a minute apart, a raised
/// escalation still reaches the feed within the feed's own interval.
/// </summary>
public sealed class EscalationFeedTimingTests
{
    private const int Partitions = 4;
    private const string AdminKey = "feed-timing-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_raised_escalation_reaches_the_feed_long_before_the_next_flush()
    {
        await using var host = await LoopbackHost.StartAsync([
            "--Streams:Partitions", Partitions.ToString(),
            "--Streams:FlushIntervalMilliseconds", "60000",
            "--Streams:EscalationFeedIntervalMilliseconds", "50",
            "--Logging:LogLevel:Default", "Warning",
            "--STREAMS_ADMIN_KEY", AdminKey,
        ]);
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        var registered = await http.PostAsJsonAsync("/api/brands", new { id = "slowflush", name = "Slowflush", handles = new[] { "@SlowflushCare" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(TimeSpan.FromSeconds(20));
        using var feed = new StreamReader(await http.GetStreamAsync("/api/escalations/stream?brand=slowflush", cancel.Token));

        // The post and its reposts all live in one partition: no signal between partitions (those
        // travel with flushes) stands between the events and the escalation.
        var postId = IdIn(0, "p");
        var lines = new List<string>
        {
            JsonSerializer.Serialize(new
            {
                kind = "post",
                id = postId,
                platform = "twitter",
                createdAt = "2026-11-22T10:00:00Z",
                author = new { id = "angry", handle = "angry", followers = 20_000 },
                text = "@SlowflushCare charged twice and nobody answers, terrible",
            }),
        };
        for (var i = 0; i < 30; i++)
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                kind = "repost",
                id = IdIn(0, $"r{i}-"),
                postId,
                createdAt = new DateTime(2026, 11, 22, 10, 1, 0, DateTimeKind.Utc).AddSeconds(i * 5),
                author = new { id = $"fan{i}", followers = 900 },
            }));
        }
        var clock = Stopwatch.StartNew();
        var ingest = await http.PostAsync("/api/ingest", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"), Ct);
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);

        var escalation = await NextEscalationAsync(feed, cancel.Token);
        Assert.Equal($"slowflush:{postId}", escalation.GetProperty("id").GetString());
        Assert.Equal("open", escalation.GetProperty("status").GetString());
        // Far inside the minute the flush would have taken; generous for a loaded test machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"reached the feed after {clock.Elapsed}");
    }

    private static string IdIn(int partition, string prefix)
    {
        for (var i = 0; ; i++)
        {
            var id = $"{prefix}{i}";
            if (PartitionMap.PartitionOf(id, Partitions) == partition)
            {
                return id;
            }
        }
    }

    private static async Task<JsonElement> NextEscalationAsync(StreamReader feed, CancellationToken cancellationToken)
    {
        while (await feed.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }
        throw new EndOfStreamException("escalation feed closed");
    }
}
