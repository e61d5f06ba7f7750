using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;
using Streams.Abstractions.Events;
using Streams.Domain.Posts;
using Streams.Domain.Scoring;
using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Posts;

/// <summary>
/// A checkpoint leaves the evaluation out and rebuilds it from the log: that is only sound if the
/// rebuilt evaluation is the one the post had, however its events arrived.
/// </summary>
public sealed class PostRecordSnapshotTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static BrandConfig? Config(string id) =>
        new(id, id, [], [], ["en"], id == "globex" ? 15 : 60, EscalationSettings.Default);

    private static MentionEvent Post(string id = "p1") =>
        new(EventKind.Post, id, id, T0, new AuthorRef("jane", "jane", 48_000, false), Platform.Twitter, "terrible", "en", "p0", null, null);

    private static EngagementKind KindOf(int i) => (EngagementKind)(i % 4);

    [Fact]
    public void The_rebuilt_evaluation_is_the_incremental_one()
    {
        // Events as a partition sees them: out of order, answers late and early, the engine's rewinds.
        var post = new PostRecord("p1");
        post.MarkSeen(Post(), Language.English, -0.8, ["acme", "globex"], null);
        post.Annotate(["billing"], PostIntent.Complaint | PostIntent.ChurnThreat);
        var times = Enumerable.Range(0, 900).Select(i => T0.AddSeconds(2 * i)).ToList();
        var late = new HashSet<int> { 5, 255, 256, 300, 511, 700, 899 };
        for (var i = 0; i < times.Count; i++)
        {
            if (!late.Contains(i))
            {
                post.Evaluate(post.AddEngagement(KindOf(i), times[i], 100 + i), Config);
            }
        }
        foreach (var i in late)
        {
            post.Evaluate(post.AddEngagement(KindOf(i), times[i], 100 + i), Config);
        }
        Answer(post, "globex", times[400]);
        Answer(post, "acme", times[800]);
        Answer(post, "acme", times[600]); // Earlier than the known answer: replaces it and rewinds.
        post.Tracks[0].Published = new Escalation(
            "acme:p1", "acme", "p1", "jane", 1, 90, ["reason"], EscalationStatus.Resolved, times[10], T0, times[600], T0, 3, 80, 48_000, 90_000, 400, "terrible");
        post.ReportedVirality = 42.5;
        Assert.True(post.Tracks.All(t => t.Decision.Raised));

        var restored = PostRecord.FromSnapshot(post.Snapshot(), Config);

        AssertSameEvaluation(post, restored);
        Assert.Equal(post.Tracks[0].Published! with { Reasons = [] }, restored.Tracks[0].Published! with { Reasons = [] });
        Assert.Equal(["reason"], restored.Tracks[0].Published!.Reasons);
        Assert.Null(restored.Tracks[1].Published);
        Assert.Equal(42.5, restored.ReportedVirality);
        Assert.Equal(post.Topics, restored.Topics);
        Assert.Equal(post.Intents, restored.Intents);
        Assert.Equal(post.AuthorInfluence, restored.AuthorInfluence);

        // The evaluation checkpoints were rebuilt too: later late events rewind both posts alike.
        foreach (var at in new[] { T0.AddSeconds(513), T0.AddSeconds(1), T0.AddSeconds(1_801) })
        {
            post.Evaluate(post.AddEngagement(EngagementKind.Quote, at, 5_000), Config);
            restored.Evaluate(restored.AddEngagement(EngagementKind.Quote, at, 5_000), Config);
        }
        Answer(post, "globex", times[100]);
        Answer(restored, "globex", times[100]);
        AssertSameEvaluation(post, restored);
    }

    [Fact]
    public void A_post_known_only_by_its_reactions_restores_unseen_and_evaluates_when_it_arrives()
    {
        var post = new PostRecord("p1");
        post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(2), 300);
        post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(1), 200);
        post.Touch(T0.AddMinutes(30));
        post.RecordAnswer("acme", T0.AddMinutes(30), "reply");

        var restored = PostRecord.FromSnapshot(post.Snapshot(), Config);

        Assert.False(restored.Seen);
        Assert.Equal(2, restored.Reposts);
        Assert.Equal(500, restored.ResharerFollowers);
        Assert.Equal(T0.AddMinutes(30), restored.LastEventAt);
        Assert.Equal(post.LoggedReshares(), restored.LoggedReshares());
        Assert.Equal(T0.AddMinutes(30), restored.AnsweredAt("acme"));
        foreach (var p in new[] { post, restored })
        {
            p.MarkSeen(Post(), Language.English, -0.8, ["acme"], null);
            p.Evaluate(DateTime.MinValue, Config);
        }
        AssertSameEvaluation(post, restored);
    }

    [Fact]
    public void Restored_posts_without_reactions_do_not_share_a_log()
    {
        var quiet = new PostRecord("a");
        quiet.MarkSeen(Post("a"), Language.English, 0.5, [], null);
        var snapshot = quiet.Snapshot();
        Assert.Empty(snapshot.Engagements);
        Assert.Empty(snapshot.Answers);

        var first = PostRecord.FromSnapshot(snapshot, Config);
        var second = PostRecord.FromSnapshot(snapshot with { Id = "b" }, Config);
        first.AddEngagement(EngagementKind.Repost, T0.AddMinutes(1), 10);
        first.RecordAnswer("acme", T0.AddMinutes(2), "manual");

        Assert.Single(first.LoggedReshares());
        Assert.Empty(second.LoggedReshares());
        Assert.Empty(second.Answers);
        Assert.Empty(quiet.LoggedReshares());
    }

    [Fact]
    public void An_unsorted_log_is_rejected()
    {
        var post = new PostRecord("p1");
        post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(1), 10);
        post.AddEngagement(EngagementKind.Repost, T0.AddMinutes(2), 10);
        var snapshot = post.Snapshot();

        Assert.Throws<ArgumentException>(() => PostRecord.FromSnapshot(snapshot with { Engagements = [.. snapshot.Engagements.Reverse()] }, Config));
    }

    /// <summary>An answer as the engine applies it: rewinding when it lands at or before what was evaluated.</summary>
    private static void Answer(PostRecord post, string brandId, DateTime at)
    {
        if (post.RecordAnswer(brandId, at, "reply") is { } answer)
        {
            post.Evaluate(answer.At <= post.EvaluatedThrough ? answer.At : null, Config);
        }
    }

    private static void AssertSameEvaluation(PostRecord expected, PostRecord actual)
    {
        Assert.Equal(expected.Spread, actual.Spread);
        Assert.Equal(expected.EvaluatedThrough, actual.EvaluatedThrough);
        Assert.Equal(expected.Tracks.Select(t => (t.BrandId, t.Decision)), actual.Tracks.Select(t => (t.BrandId, t.Decision)));
        Assert.Equal((expected.Reposts, expected.Quotes, expected.Replies, expected.Likes), (actual.Reposts, actual.Quotes, actual.Replies, actual.Likes));
        Assert.Equal(expected.Reach, actual.Reach);
        Assert.Equal(expected.LastEventAt, actual.LastEventAt);
        Assert.Equal(expected.FullyAnswered, actual.FullyAnswered);
        Assert.Equal(expected.Answers.Select(a => (a.BrandId, a.At, a.Channel)), actual.Answers.Select(a => (a.BrandId, a.At, a.Channel)));
    }
}
