using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;
using Streams.Domain.Brands;
using Xunit;

namespace Streams.UnitTests.Brands;

public sealed class BrandAggregateTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static BrandUpdate Update(
        BrandMention[]? mentions = null, BrandAnswer[]? answers = null, Escalation[]? escalations = null,
        PostSpread[]? spreading = null, AuthorInfluence[]? authors = null, int ownPosts = 0) =>
        new(mentions ?? [], answers ?? [], escalations ?? [], spreading ?? [], authors ?? [], ownPosts);

    private static BrandMention Mention(string postId, double minute, double sentiment) => new(postId, "u-" + postId, T0.AddMinutes(minute), sentiment);

    private static Escalation Escalation(
        string postId, int revision, int severity = 3, EscalationStatus status = EscalationStatus.Open, double raisedMinute = 0) =>
        new(Abstractions.Escalations.Escalation.IdFor("acme", postId), "acme", postId, "jane", severity, 50, ["r"], status,
            T0.AddMinutes(raisedMinute), T0, status == EscalationStatus.Open ? null : T0.AddMinutes(30), T0, revision, 40, 1_000, 2_000, 5, "text");

    [Fact]
    public void A_new_brand_is_empty()
    {
        var stats = new BrandAggregate("acme").Stats();
        Assert.Equal("acme", stats.BrandId);
        Assert.Equal(0, stats.MentionCount);
        Assert.Null(stats.LastEventAt);
        Assert.Null(stats.FirstResponseP50Seconds);
        Assert.Equal(0, stats.AverageSentiment);
        Assert.Empty(stats.TopAuthors);
        Assert.All(stats.MentionsPerMinute, c => Assert.Equal(0, c));
    }

    [Fact]
    public void Mentions_are_counted_with_their_sentiment_mix()
    {
        var brand = new BrandAggregate("acme");
        brand.Apply(Update(mentions: [Mention("a", 0, -0.8), Mention("b", 0.5, -0.05), Mention("c", 1, 0)]));
        brand.Apply(Update(mentions: [Mention("d", 2, 0.04), Mention("e", 2.2, 0.6)], ownPosts: 3));
        brand.Apply(Update(ownPosts: 1));

        var stats = brand.Stats();
        Assert.Equal(5, stats.MentionCount);
        Assert.Equal(brand.MentionCount, stats.MentionCount);
        Assert.Equal(4, stats.OwnPostCount);
        Assert.Equal((2, 2, 1), (stats.Negative, stats.Neutral, stats.Positive));
        Assert.Equal((-0.8 - 0.05 + 0 + 0.04 + 0.6) / 5, stats.AverageSentiment, 12);
        Assert.Equal(T0.AddMinutes(2.2), stats.LastEventAt);
        Assert.Equal([2, 1, 2], stats.MentionsPerMinute.TakeLast(3));
        Assert.Equal(5, stats.MentionsPerHour[^1]);
    }

    [Fact]
    public void Response_stats_come_from_first_answers()
    {
        var brand = new BrandAggregate("acme");
        brand.Apply(Update(answers:
        [
            new BrandAnswer("a", T0.AddMinutes(10), TimeSpan.FromMinutes(10)),
            new BrandAnswer("b", T0.AddMinutes(20), TimeSpan.FromMinutes(20)),
            new BrandAnswer("c", T0.AddMinutes(90), TimeSpan.FromMinutes(90)),
        ]));
        brand.Apply(Update(answers: [new BrandAnswer("c", T0.AddMinutes(5), TimeSpan.FromMinutes(5))]));

        var stats = brand.Stats();
        Assert.Equal(3, stats.AnsweredCount);
        Assert.Equal(600, stats.FirstResponseP50Seconds);
        Assert.Equal(1_200, stats.FirstResponseP90Seconds);
        Assert.Equal(T0.AddMinutes(90), stats.LastEventAt);
    }

    [Fact]
    public void An_older_revision_never_overwrites_a_newer_one()
    {
        var brand = new BrandAggregate("acme");
        brand.Apply(Update(escalations: [Escalation("p1", 1, severity: 4)]));
        brand.Apply(Update(escalations: [Escalation("p1", 3, severity: 2)]));
        brand.Apply(Update(escalations: [Escalation("p1", 2, severity: 3)]));
        brand.Apply(Update(escalations: [Escalation("p1", 3, severity: 4)]));

        var kept = Assert.Single(brand.Escalations(null, includeWithdrawn: true));
        Assert.Equal(3, kept.Revision);
        Assert.Equal(2, kept.Severity);
        Assert.Equal(1, brand.Stats().OpenEscalations);

        brand.Apply(Update(escalations: [Escalation("p1", 4, status: EscalationStatus.Resolved)]));
        brand.Apply(Update(escalations: [Escalation("p1", 3, status: EscalationStatus.Open)]));
        Assert.Equal(EscalationStatus.Resolved, Assert.Single(brand.Escalations(null, true)).Status);
        Assert.Equal(0, brand.Stats().OpenEscalations);
    }

    [Fact]
    public void Escalations_filter_by_status()
    {
        var brand = new BrandAggregate("acme");
        brand.Apply(Update(escalations:
        [
            Escalation("open", 1),
            Escalation("resolved", 2, status: EscalationStatus.Resolved),
            Escalation("withdrawn", 2, status: EscalationStatus.Withdrawn),
        ]));

        Assert.Equal(["open", "resolved"], brand.Escalations(null, includeWithdrawn: false).Select(e => e.PostId));
        Assert.Equal(["open", "resolved", "withdrawn"], brand.Escalations(null, includeWithdrawn: true).Select(e => e.PostId));
        Assert.Equal(["open"], brand.Escalations(EscalationStatus.Open, false).Select(e => e.PostId));
        Assert.Equal(["resolved"], brand.Escalations(EscalationStatus.Resolved, false).Select(e => e.PostId));
        Assert.Equal(["withdrawn"], brand.Escalations(EscalationStatus.Withdrawn, false).Select(e => e.PostId));
        Assert.Equal(1, brand.Stats().OpenEscalations);
    }

    [Fact]
    public void Escalations_are_listed_most_severe_first_then_newest()
    {
        var brand = new BrandAggregate("acme");
        brand.Apply(Update(escalations:
        [
            Escalation("s3-old", 1, severity: 3, raisedMinute: 1),
            Escalation("s1", 1, severity: 1, raisedMinute: 0),
            Escalation("s3-new", 1, severity: 3, raisedMinute: 5),
            Escalation("s3-tie-b", 1, severity: 3, raisedMinute: 2),
            Escalation("s3-tie-a", 1, severity: 3, raisedMinute: 2),
            Escalation("s4", 1, severity: 4, raisedMinute: 9),
            Escalation("closed-s1", 2, severity: 1, status: EscalationStatus.Resolved),
        ]));
        Assert.Equal(
            ["s1", "s3-new", "s3-tie-a", "s3-tie-b", "s3-old", "s4", "closed-s1"],
            brand.Escalations(null, false).Select(e => e.PostId));
    }

    [Fact]
    public void Top_posts_are_the_fastest_spreading_with_their_latest_virality()
    {
        var brand = new BrandAggregate("acme");
        var spreads = Enumerable.Range(0, 15).Select(i => new PostSpread("p" + i, i * 5, i, 1_000 * i, T0, "t" + i)).ToArray();
        brand.Apply(Update(spreading: spreads));
        brand.Apply(Update(spreading: [new PostSpread("p14", 1, 14, 14_000, T0, "t14")]));

        var top = brand.Stats().TopPosts;
        Assert.Equal(BrandAggregate.TopListSize, top.Count);
        Assert.Equal(["p13", "p12", "p11", "p10", "p9", "p8", "p7", "p6", "p5", "p14"], top.Select(p => p.PostId));
        Assert.Equal(new TopPost("p13", 65, 13, 13_000, "t13"), top[0]);
    }

    [Fact]
    public void Top_authors_are_the_most_influential()
    {
        var brand = new BrandAggregate("acme");
        brand.Apply(Update(authors:
        [
            new AuthorInfluence("a", "anna", 30, 1_000),
            new AuthorInfluence("b", "ben", 70, 90_000),
            new AuthorInfluence("c", null, 50, 5_000),
        ]));
        brand.Apply(Update(authors: [new AuthorInfluence("a", "anna", 80, 1_200)]));

        var top = brand.Stats().TopAuthors;
        Assert.Equal(["a", "b", "c"], top.Select(a => a.AuthorId));
        Assert.Equal(new TopAuthor("a", "anna", 80, 1_200), top[0]);
        Assert.Null(top[2].Handle);
    }
}
