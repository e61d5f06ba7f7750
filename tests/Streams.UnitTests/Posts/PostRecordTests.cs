using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Posts;
using Streams.Domain.Scoring;
using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Posts;

public sealed class PostRecordTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static BrandConfig? Config(string id) =>
        new(id, id, [], [], ["en"], 60, EscalationSettings.Default);

    private static MentionEvent Post(string text = "terrible", long followers = 48_000, bool verified = false) =>
        new(EventKind.Post, "p1", "p1", T0, new AuthorRef("jane", "jane", followers, verified), Platform.Twitter, text, "en", "p0", null, null);

    private static PostRecord Seen(double sentiment = -0.8, params string[] brands)
    {
        var post = new PostRecord("p1");
        post.MarkSeen(Post(), Language.English, sentiment, brands.Length == 0 ? ["acme"] : brands, null);
        return post;
    }

    [Fact]
    public void Engagements_are_counted_by_kind_and_reshares_add_reach()
    {
        var post = Seen();
        post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(1), 100);
        post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(2), 200);
        post.AddEngagement(EngagementKind.Quote, T0.AddMinutes(3), 400);
        post.AddEngagement(EngagementKind.Reply, T0.AddMinutes(4), 5_000);
        post.AddEngagement(EngagementKind.Like, T0.AddMinutes(5), 9_000);
        post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(6), -50);

        Assert.Equal((3, 1, 1, 1), (post.Reposts, post.Quotes, post.Replies, post.Likes));
        Assert.Equal(4, post.Reshares);
        Assert.Equal(700, post.ResharerFollowers);
        Assert.Equal(48_700, post.Reach);
        Assert.Equal(T0.AddMinutes(6), post.LastEventAt);
        Assert.Equal(4, post.LoggedReshares().Count());
    }

    [Fact]
    public void Only_engagements_before_evaluated_ones_are_late()
    {
        var post = Seen();
        Assert.Null(post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(5), 1));
        Assert.Null(post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(3), 1)); // Earlier, but nothing evaluated yet.
        post.Evaluate(null, Config);
        Assert.Equal(T0.AddMinutes(5), post.EvaluatedThrough);
        Assert.Null(post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(6), 1));
        Assert.NotNull(post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(4), 1));
        Assert.Equal(T0.AddMinutes(6), post.LastEventAt);
    }

    [Fact]
    public void Late_engagements_rewind_to_a_checkpoint_and_agree_with_a_full_evaluation()
    {
        // Enough engagements for several checkpoints; late ones land before, at and between them.
        var times = Enumerable.Range(0, 1_000).Select(i => T0.AddSeconds(3 * i)).ToList();
        var late = new[] { 10, 255, 256, 257, 600, 999 };
        var incremental = Seen();
        foreach (var (at, i) in times.Select((t, i) => (t, i)).Where(x => !late.Contains(x.i)))
        {
            incremental.AddEngagement(i % 5 == 0 ? EngagementKind.Quote : EngagementKind.Repost, at, 200 + i);
            incremental.Evaluate(null, Config);
        }
        foreach (var i in late)
        {
            var rewindFrom = incremental.AddEngagement(i % 5 == 0 ? EngagementKind.Quote : EngagementKind.Repost, times[i], 200 + i);
            incremental.Evaluate(rewindFrom, Config);
        }
        var full = Seen();
        for (var i = 0; i < times.Count; i++)
        {
            full.AddEngagement(i % 5 == 0 ? EngagementKind.Quote : EngagementKind.Repost, times[i], 200 + i);
        }
        full.Evaluate(DateTime.MinValue, Config);

        Assert.Equal(full.Spread, incremental.Spread);
        Assert.True(full.Tracks[0].Decision.Raised);
        Assert.Equal(full.Tracks[0].Decision, incremental.Tracks[0].Decision);
    }

    [Fact]
    public void Incremental_and_from_start_evaluation_agree()
    {
        var incremental = Seen();
        var fromStart = Seen();
        for (var i = 0; i < 30; i++)
        {
            var at = T0.AddSeconds(20 * i);
            incremental.AddEngagement(i % 4 == 0 ? EngagementKind.Quote : EngagementKind.Repost, at, 100 + i);
            incremental.Evaluate(null, Config);
        }
        foreach (var i in Enumerable.Range(0, 30).Reverse())
        {
            fromStart.AddEngagement(i % 4 == 0 ? EngagementKind.Quote : EngagementKind.Repost, T0.AddSeconds(20 * i), 100 + i);
        }
        fromStart.Evaluate(DateTime.MinValue, Config);

        Assert.Equal(incremental.Spread, fromStart.Spread);
        var a = Assert.Single(incremental.Tracks);
        var b = Assert.Single(fromStart.Tracks);
        Assert.True(a.Decision.Raised);
        Assert.Equal(a.Decision, b.Decision);
    }

    [Fact]
    public void Spread_tracks_the_recent_window_and_totals()
    {
        var post = Seen();
        for (var i = 0; i < 5; i++)
        {
            post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(i), 10);
        }
        post.AddEngagement(EngagementKind.Like, T0.AddMinutes(12), 10);
        post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(13), 10);
        post.Evaluate(null, Config);

        // Window (3, 13]: the reposts at 4 and 13.
        Assert.Equal(T0.AddMinutes(13), post.Spread.At);
        Assert.Equal(2, post.Spread.RecentReshares);
        Assert.Equal(6, post.Spread.TotalReshares);
        Assert.Equal(48_060, post.Spread.Reach);
        Assert.Equal(ViralityScorer.Score(post.Spread.Velocity, 48_060), post.Spread.Virality);
    }

    [Fact]
    public void A_post_without_engagement_has_its_authors_reach()
    {
        var post = Seen();
        post.Evaluate(DateTime.MinValue, Config);
        Assert.Equal(new SpreadSnapshot(T0, 0, 0, 0, 48_000, ViralityScorer.Score(0, 48_000)), post.Spread);
        Assert.Equal(DateTime.MinValue, post.EvaluatedThrough);
    }

    [Fact]
    public void An_unseen_post_is_not_evaluated()
    {
        var post = new PostRecord("p1");
        post.AddEngagement(EngagementKind.Repost, T0, 10);
        post.Evaluate(DateTime.MinValue, Config);
        Assert.False(post.Seen);
        Assert.Equal(default, post.Spread);
        Assert.Empty(post.Tracks);
        Assert.False(post.FullyAnswered);
    }

    [Fact]
    public void Mark_seen_keeps_what_the_post_says()
    {
        var post = new PostRecord("p1");
        var text = new string('x', PostRecord.MaxKeptTextLength + 50);
        post.MarkSeen(Post(text, 1_000, verified: true), Language.French, -0.3, ["acme", "globex"], null);
        Assert.Equal(PostRecord.MaxKeptTextLength, post.Text!.Length);
        Assert.Equal(Language.French, post.Language);
        Assert.Equal(-0.3, post.Sentiment);
        Assert.Equal("p0", post.InReplyTo);
        Assert.Equal(InfluenceScorer.Score(1_000, true, 0), post.AuthorInfluence);
        Assert.Equal(["acme", "globex"], post.Brands);
        Assert.Equal(T0, post.LastEventAt);
        var spread = post.Spread;
        Assert.Equal((T0, 0, 1_000L), (spread.At, spread.TotalReshares, spread.Reach));
        Assert.Equal(ViralityScorer.Score(0, 1_000), spread.Virality);
    }

    [Fact]
    public void Escalation_tracks_exist_from_the_first_engagement_whichever_arrives_first()
    {
        var post = new PostRecord("p1");
        post.MarkSeen(Post("late again", 1_000, verified: false), Language.English, -0.5, ["acme", "globex"], null);
        Assert.Empty(post.Tracks); // Nothing escalates without engagements: most posts never pay for tracks.
        post.AddEngagement(EngagementKind.Like, T0.AddMinutes(1), 10);
        Assert.Equal(["acme", "globex"], post.Tracks.Select(t => t.BrandId));

        var reactedFirst = new PostRecord("p2");
        reactedFirst.AddEngagement(EngagementKind.Repost, T0.AddMinutes(1), 10);
        Assert.Empty(reactedFirst.Tracks); // Not seen yet: which brands it is about is not known.
        reactedFirst.MarkSeen(Post("late again", 1_000, verified: false), Language.English, -0.5, ["acme"], null);
        Assert.Equal(["acme"], reactedFirst.Tracks.Select(t => t.BrandId));
    }

    [Fact]
    public void The_earliest_answer_per_brand_wins()
    {
        var post = Seen(brands: ["acme", "globex"]);
        Assert.NotNull(post.RecordAnswer("acme", T0.AddMinutes(10), "reply"));
        Assert.Null(post.RecordAnswer("acme", T0.AddMinutes(12), "manual"));
        Assert.False(post.FullyAnswered);
        var earlier = post.RecordAnswer("acme", T0.AddMinutes(4), "thread");
        Assert.NotNull(earlier);
        Assert.Equal((T0.AddMinutes(4), "thread"), (earlier.At, earlier.Channel));
        Assert.Single(post.Answers);
        Assert.Equal(T0.AddMinutes(4), post.AnsweredAt("acme"));
        Assert.Null(post.AnsweredAt("globex"));
        post.RecordAnswer("globex", T0.AddMinutes(20), "manual");
        Assert.True(post.FullyAnswered);
    }

    [Fact]
    public void Past_the_log_cap_counts_and_reach_still_grow()
    {
        var post = Seen(sentiment: 0.5);
        for (var i = 0; i < PostRecord.MaxLoggedEngagements; i++)
        {
            post.AddEngagement(EngagementKind.Like, T0.AddMilliseconds(i), 1);
        }
        Assert.False(post.LogTruncated);
        Assert.Null(post.AddEngagement(EngagementKind.Repost, T0.AddHours(1), 1_000));
        Assert.Null(post.AddEngagement(EngagementKind.Quote, T0, 500));
        Assert.True(post.LogTruncated);
        Assert.Equal(PostRecord.MaxLoggedEngagements, post.Likes);
        Assert.Equal(1, post.Reposts);
        Assert.Equal(1, post.Quotes);
        Assert.Equal(48_000 + 1_500, post.Reach);
        Assert.Equal(T0.AddHours(1), post.LastEventAt);
        post.Evaluate(DateTime.MinValue, Config);
        Assert.Equal(0, post.Spread.TotalReshares); // Not logged, so not evaluated: the counts above carry them.
    }
}
