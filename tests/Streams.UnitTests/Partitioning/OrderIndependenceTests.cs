using Streams.Abstractions.Escalations;
using Streams.Abstractions.Events;
using Streams.Abstractions.Pipeline;
using Streams.Domain.Partitioning;
using Xunit;
using static Streams.UnitTests.Partitioning.Firehose;

namespace Streams.UnitTests.Partitioning;

/// <summary>
/// Escalations must be a function of the events in event time, not of the order they arrive in:
/// a replay at full speed, a late repost or a brand answer delivered after reposts that happened
/// after it must all end with the same decisions.
/// </summary>
public sealed class OrderIndependenceTests
{
    private static readonly string[] PostIds = ["p1", "p2", "p3", "p4", "p5", "c1", "c5", "q1"];

    /// <summary>Several complaints with different fates, in event-time order.</summary>
    private static List<MentionEvent> Scenario()
    {
        var events = new List<MentionEvent>
        {
            // p1: spreads hard, then the brand replies at minute 14: resolved.
            Post("p1", 0),
            Post("c1", 4, "@AcmeCare same for me, terrible", "erin", 900, inReplyTo: "p1"),
            BrandReply("b1", "p1", 14),
            // p2: spreads moderately, quoted, never answered: open.
            Post("p2", 2, "@AcmeCare my parcel is lost, worst delivery ever, awful", "bob", 5_000),
            Post("q1", 5, "@AcmeCare look at this, terrible", "fred", 2_000, quoteOf: "p2"),
            // p3: answered at 1.75, before its third reshare: never an escalation.
            Post("p3", 1, "@AcmeCare rude staff and a horrible experience", "carl", 20_000),
            BrandReply("b3", "p3", 1.75),
            // p4: praise, spreading: never an escalation.
            Post("p4", 0, Praise, "dana", 300_000),
            // p5: answered further down its thread at minute 9: resolved.
            Post("p5", 3, "@AcmeCare I hate this app, it is useless and broken", "gus", 15_000),
            Post("c5", 4, "@AcmeCare any news? still broken", "hal", 400, inReplyTo: "p5"),
            BrandReply("b5", "c5", 9),
        };
        events.AddRange(Reposts("p1", 40, from: 1, every: 0.25, prefix: "r1-"));
        events.AddRange(Enumerable.Range(0, 10).Select(i => Like("p1", 1 + i * 0.5, "liker" + i)));
        events.AddRange(Reposts("p2", 12, from: 3, every: 0.25, prefix: "r2-"));
        events.AddRange(Reposts("p3", 8, from: 1.5, every: 0.5, prefix: "r3-"));
        events.AddRange(Reposts("p4", 30, from: 0.5, every: 0.1, prefix: "r4-"));
        events.AddRange(Reposts("p5", 10, from: 3.5, every: 0.25, prefix: "r5-"));
        return events.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Arrival order with each event up to <paramref name="maxLatenessMinutes"/> late.</summary>
    private static List<MentionEvent> Shuffled(List<MentionEvent> events, int seed, double maxLatenessMinutes)
    {
        var random = new Random(seed);
        return events
            .Select(e => (Event: e, Arrival: e.CreatedAt.AddMinutes(random.NextDouble() * maxLatenessMinutes)))
            .OrderBy(x => x.Arrival)
            .Select(x => x.Event)
            .ToList();
    }

    private static Dictionary<string, EscalationDecision> Decisions(Func<string, Abstractions.Posts.PostView?> view)
    {
        var decisions = new Dictionary<string, EscalationDecision>();
        foreach (var id in PostIds)
        {
            foreach (var escalation in view(id)?.Escalations ?? [])
            {
                // Withdrawn means "should never have existed": in-order application never shows it at all.
                if (escalation.Status != EscalationStatus.Withdrawn)
                {
                    decisions[escalation.Id] = EscalationDecision.Of(escalation);
                }
            }
        }
        return decisions;
    }

    private static Dictionary<string, EscalationDecision> RunSingle(IEnumerable<MentionEvent> events)
    {
        var engine = Engine();
        engine.ApplyAll(events);
        return Decisions(engine.View);
    }

    [Fact]
    public void In_order_the_scenario_ends_as_designed()
    {
        var decisions = RunSingle(Scenario());
        Assert.Equal(["acme:p1", "acme:p2", "acme:p5"], decisions.Keys.Order());
        Assert.Equal(EscalationStatus.Resolved, decisions["acme:p1"].Status);
        Assert.Equal(At(14), decisions["acme:p1"].ResolvedAt);
        Assert.Equal(EscalationStatus.Open, decisions["acme:p2"].Status);
        Assert.Null(decisions["acme:p2"].ResolvedAt);
        Assert.Equal(EscalationStatus.Resolved, decisions["acme:p5"].Status);
        Assert.Equal(At(9), decisions["acme:p5"].ResolvedAt);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(3, 3.0)]
    [InlineData(4, 3.0)]
    [InlineData(5, 5.0)]
    [InlineData(6, 5.0)]
    [InlineData(7, 10.0)]
    [InlineData(8, 10.0)]
    public void Shuffled_arrival_ends_with_the_same_decisions(int seed, double maxLatenessMinutes)
    {
        var events = Scenario();
        var expected = RunSingle(events);
        var shuffled = Shuffled(events, seed, maxLatenessMinutes);
        Assert.NotEqual(events, shuffled);
        Assert.Equal(expected, RunSingle(shuffled));
    }

    [Fact]
    public void Reversed_arrival_ends_with_the_same_decisions()
    {
        var events = Scenario();
        var reversed = Enumerable.Reverse(events).ToList();
        Assert.Equal(RunSingle(events), RunSingle(reversed));
    }

    [Fact]
    public void A_brand_answer_that_arrives_after_later_reposts_withdraws_the_escalation()
    {
        var engine = Engine();
        engine.Apply(Post("p3", 1, "@AcmeCare rude staff and a horrible experience", "carl", 20_000));
        engine.ApplyAll(Reposts("p3", 8, from: 1.5, every: 0.5));
        var open = Assert.Single(engine.Outbox.Drain().Escalations);
        Assert.Equal(EscalationStatus.Open, open.Status);
        Assert.Equal(At(2.5), open.RaisedAt);

        // The brand had answered at 1.75, before the third reshare: in event time this was never an escalation.
        engine.Apply(BrandReply("b3", "p3", 1.75));
        var withdrawn = Assert.Single(engine.Outbox.Drain().Escalations);
        Assert.Equal(open.Id, withdrawn.Id);
        Assert.Equal(EscalationStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(At(1.75), withdrawn.ResolvedAt);
        Assert.True(withdrawn.Revision > open.Revision);
        Assert.Equal(EscalationStatus.Withdrawn, Assert.Single(engine.View("p3")!.Escalations).Status);

        // Nothing more to say about it, however it keeps spreading.
        engine.ApplyAll(Reposts("p3", 20, from: 6, every: 0.1, prefix: "more"));
        Assert.Empty(engine.Outbox.Drain().Escalations);
    }

    [Fact]
    public void A_brand_answer_that_arrives_after_reposts_past_the_escalation_resolves_it_at_its_own_time()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 30, from: 1, every: 0.25));
        var open = Assert.Single(engine.Outbox.Drain().Escalations);

        // Answered at minute 3, after the escalation was raised (1.5) but before most reposts.
        engine.Apply(BrandReply("b1", "p1", 3));
        var resolved = Assert.Single(engine.Outbox.Drain().Escalations);
        Assert.Equal(EscalationStatus.Resolved, resolved.Status);
        Assert.Equal(At(3), resolved.ResolvedAt);
        Assert.Equal(open.RaisedAt, resolved.RaisedAt);

        // Reposts after the answer no longer count: the decision is what it was at minute 3.
        var inOrder = Engine();
        inOrder.Apply(Post("p1", 0));
        inOrder.ApplyAll(Reposts("p1", 30, from: 1, every: 0.25).Where(r => r.CreatedAt < At(3)));
        inOrder.Apply(BrandReply("b1", "p1", 3));
        inOrder.ApplyAll(Reposts("p1", 30, from: 1, every: 0.25).Where(r => r.CreatedAt >= At(3)));
        Assert.Equal(
            EscalationDecision.Of(Assert.Single(inOrder.View("p1")!.Escalations)),
            EscalationDecision.Of(Assert.Single(engine.View("p1")!.Escalations)));
        Assert.True(resolved.Severity > open.Severity || resolved.Score < open.Score);
    }

    [Fact]
    public void A_repost_at_the_same_instant_as_the_answer_gives_the_same_decision_in_either_order()
    {
        var post = Post("p1", 0);
        var before = Reposts("p1", 2, from: 1).ToList();
        var tied = Repost("tied", "p1", 1.5);
        var answer = BrandReply("b1", "p1", 1.5);
        var after = Reposts("p1", 20, from: 2, prefix: "after").ToList();

        var repostFirst = RunSingle([post, .. before, tied, answer, .. after]);
        var answerFirst = RunSingle([post, .. before, answer, tied, .. after]);
        Assert.Equal(answerFirst, repostFirst);
    }

    [Theory]
    [InlineData(2, 11)]
    [InlineData(4, 12)]
    [InlineData(7, 13)]
    public void Spread_over_partitions_the_decisions_are_those_of_a_single_partition(int partitionCount, int seed)
    {
        var events = Scenario();
        var expected = RunSingle(events);
        var engines = Enumerable.Range(0, partitionCount).Select(p => Engine(p, partitionCount)).ToArray();
        var random = new Random(seed);
        var arrival = Shuffled(events, seed, 2);
        for (var i = 0; i < arrival.Count; i++)
        {
            engines[PartitionMap.PartitionOf(arrival[i], partitionCount)].Apply(arrival[i]);
            if (random.Next(4) == 0)
            {
                Exchange(engines);
            }
        }
        Exchange(engines);
        var actual = Decisions(id => engines[PartitionMap.PartitionOf(id, partitionCount)].View(id));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(1, 21)]
    [InlineData(3, 22)]
    public void Sentiment_adapted_to_the_brand_is_the_same_in_any_arrival_order(int partitionCount, int seed)
    {
        // Six hours of Acme's mentions, mostly rants, with ambiguous questions and replies to earlier posts among them:
        // enough for each partition's estimate of Acme's priors to warm up and re-weight the ambiguous posts.
        const string Ambiguous = "@AcmeCare where is my parcel";
        var events = new List<MentionEvent>();
        for (var i = 0; i < 360; i++)
        {
            var minute = i;
            events.Add(i % 4 == 3
                ? Post($"m{i}", minute, Ambiguous, $"author{i}", 300)
                : i % 10 == 5
                    ? Post($"m{i}", minute, "@AcmeCare same here, terrible", $"author{i}", 300, inReplyTo: $"m{i - 5}")
                    : Post($"m{i}", minute, Complaint, $"author{i}", 300));
        }
        var expected = Sentiments(events, partitionCount, new Random(seed), shuffle: false);
        var plain = Domain.Text.SentimentAnalyzer.Shared.Score(Ambiguous, Domain.Text.Language.English);
        Assert.True(plain > -0.05);
        Assert.Contains(expected, s => s.Key.StartsWith('m') && s.Value <= -0.05 && events.First(e => e.Id == s.Key).Text == Ambiguous);

        var actual = Sentiments(Shuffled(events, seed, 10), partitionCount, new Random(seed), shuffle: true);
        Assert.Equal(expected, actual);

        static Dictionary<string, double> Sentiments(List<MentionEvent> arrival, int partitionCount, Random random, bool shuffle)
        {
            var engines = Enumerable.Range(0, partitionCount).Select(p => Engine(p, partitionCount)).ToArray();
            foreach (var e in arrival)
            {
                engines[PartitionMap.PartitionOf(e, partitionCount)].Apply(e);
                // Shuffled, forwarded replies wait for a rare exchange, hours of event time, as in a fast replay where
                // one flush carries a day of a brand's posts.
                if (!shuffle || random.Next(150) == 0)
                {
                    Exchange(engines);
                }
            }
            Exchange(engines);
            return arrival.ToDictionary(e => e.Id, e => engines[PartitionMap.PartitionOf(e.Id, partitionCount)].View(e.Id)!.Sentiment);
        }
    }

    /// <summary>Delivers every partition's signals and forwards, as the grains' flushes would, until none are left.</summary>
    private static void Exchange(PartitionEngine[] engines)
    {
        bool delivered;
        do
        {
            delivered = false;
            foreach (var engine in engines)
            {
                var flush = engine.Outbox.Drain();
                foreach (var (partition, signals) in flush.Signals)
                {
                    Assert.NotEqual(engine.Partition, partition);
                    signals.ForEach(engines[partition].Apply);
                    delivered = true;
                }
                foreach (var (partition, posts) in flush.Forwards)
                {
                    Assert.NotEqual(engine.Partition, partition);
                    posts.ForEach(engines[partition].ApplyForwarded);
                    delivered = true;
                }
            }
        }
        while (delivered);
    }
}
