using Streams.Abstractions.Escalations;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary>
/// Event time everywhere: the same firehose replayed at full speed, slowly (one small chunk at a
/// time, each applied before the next), and shuffled within the allowed lateness must end with the
/// same escalations.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplayDeterminismTests(StreamsCluster cluster)
{
    [Fact]
    public async Task Same_firehose_at_different_speeds_and_orders_gives_identical_escalations()
    {
        var fast = await RunAsync(lines => cluster.IngestAsync(FirehoseScript.Join(lines)));
        var slow = await RunAsync(async lines =>
        {
            foreach (var chunk in lines.Chunk(5))
            {
                await cluster.IngestAsync(FirehoseScript.Join(chunk));
                await cluster.WaitSettledAsync();
            }
        });
        var shuffled = await RunAsync(lines => cluster.IngestAsync(FirehoseScript.Join(ShuffleWithinLateness(lines))));

        Assert.Equal(4, fast.Count(e => e.StartsWith("p", StringComparison.Ordinal)));
        Assert.Equal(fast, slow);
        Assert.Equal(fast, shuffled);
    }

    /// <summary>Runs the firehose under a fresh brand and returns its escalations without run-specific ids and wall-clock times.</summary>
    private async Task<IReadOnlyList<string>> RunAsync(Func<IReadOnlyList<string>, Task> replay)
    {
        var prefix = TestBrands.NewPrefix();
        var brand = TestBrands.Unique(prefix);
        await cluster.RegisterBrandAsync(brand);
        var handle = TestBrands.HandleOf(prefix);
        var script = new FirehoseScript(prefix)
            // Spreads, worsens, never answered.
            .Post("p1", "a1", 5_000, $"@{handle} you charged me twice and nobody answers, disgusting", 0)
            .Reposts("p1", 25, 1, 9, 400).Reposts("p1", 50, 9, 20, 900).Likes("p1", 30, 1, 20)
            // Spreads, then the brand answers.
            .Post("p2", "a2", 800, $"@{handle} app broken again, worst service ever", 3)
            .Reposts("p2", 40, 4, 12, 700)
            .BrandReply("b2", handle, "p2", 15)
            // The brand answers below a follow-up reply while it spreads.
            .Post("p3", "a3", 20_000, $"@{handle} still no refund after 3 weeks, terrible", 5)
            .Reposts("p3", 30, 6, 14, 600)
            .Post("p3f", "a3", 20_000, "hello?? anyone?", 10, inReplyTo: "p3")
            .BrandReply("b3", handle, "p3f", 16)
            // Answered before it spreads: never an escalation.
            .Post("p4", "a4", 3_000, $"@{handle} my delivery is late, awful", 6)
            .BrandReply("b4", handle, "p4", 7)
            .Reposts("p4", 60, 8, 16, 900)
            // Answered just after it starts spreading, in a line that comes late.
            .Post("p5", "a5", 1_500, $"@{handle} the outage ruined my day, terrible support", 12)
            .Reposts("p5", 30, 13, 17, 800)
            .BrandReply("b5", handle, "p5", 17.5);
        await replay(script.Lines());
        await cluster.WaitSettledAsync();

        var escalations = await cluster.EscalationsAsync(brand.Id, status: null, includeWithdrawn: true);
        return escalations
            .Select(e => string.Join(" | ",
                e.PostId[(prefix.Length + 1)..],
                e.Status,
                e.Severity,
                e.Score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
                e.RaisedAt.ToString("O"),
                e.ResolvedAt?.ToString("O") ?? "-",
                string.Join(" / ", e.Reasons)))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Reverses the order of events inside each 2-minute block: out of order, but within the default lateness.</summary>
    private static IReadOnlyList<string> ShuffleWithinLateness(IReadOnlyList<string> lines)
    {
        var blocks = lines
            .Select(line => (line, minute: DateTime.Parse(System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("createdAt").GetString()!, null, System.Globalization.DateTimeStyles.RoundtripKind)))
            .GroupBy(x => (int)((x.minute - FirehoseScript.Start).TotalMinutes / 2));
        return blocks.OrderBy(b => b.Key).SelectMany(b => b.Reverse().Select(x => x.line)).ToArray();
    }
}
