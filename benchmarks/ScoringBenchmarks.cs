using BenchmarkDotNet.Attributes;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Posts;
using Streams.Domain.Scoring;
using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>The per-engagement update of a post: log, velocity, window, reach, virality and escalation assessment.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly BrandConfig Brand = new("acme", "Acme", [new BrandHandle(Platform.Unknown, "AcmeHelp")], [], ["en"], 60, EscalationSettings.Default);
    private PostRecord post = null!;
    private int next;

    [IterationSetup]
    public void Setup()
    {
        post = new PostRecord("p1");
        post.MarkSeen(
            new MentionEvent(EventKind.Post, "p1", "p1", T0, new AuthorRef("u1", "jane", 48_000, false), Platform.Twitter, "@AcmeHelp refund me", "en", null, null, null),
            Language.English, -0.7, ["acme"], null);
        next = 0;
    }

    /// <summary>One in-order repost: log append, velocity, window, reach, virality and the escalation assessment.</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public void EngagementInOrder()
    {
        for (var i = 0; i < 1_000; i++)
        {
            post.AddEngagement(EngagementKind.Repost, T0.AddMilliseconds(250 * next++), 300);
            post.Evaluate(null, _ => Brand);
        }
    }
}
