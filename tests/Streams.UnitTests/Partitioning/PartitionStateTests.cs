using Streams.Domain.Posts;
using Xunit;
using static Streams.UnitTests.Partitioning.Firehose;

namespace Streams.UnitTests.Partitioning;

public sealed class PartitionStateTests
{
    [Fact]
    public void View_shows_the_post_as_the_partition_knows_it()
    {
        var engine = Engine();
        engine.Apply(Post("p0", -5, "@AcmeCare first", "zed"));
        engine.Apply(Post("p1", 0, inReplyTo: "p0", quoteOf: "px"));
        engine.Apply(Repost("r1", "p1", 1, followers: 1_000));
        engine.Apply(Repost("r2", "p1", 2, followers: 2_500));
        engine.Apply(Post("q1", 3, "so true", "bob", 700, quoteOf: "p1"));
        engine.Apply(Post("c1", 4, "ouch", "carl", inReplyTo: "p1"));
        engine.Apply(Like("p1", 6));

        var view = engine.View("p1")!;
        Assert.Equal("p1", view.Id);
        Assert.True(view.Seen);
        Assert.Equal([BrandId], view.Brands);
        Assert.Equal("twitter", view.Platform);
        Assert.Equal("jane", view.AuthorId);
        Assert.Equal("jane", view.AuthorHandle);
        Assert.Equal(48_000, view.AuthorFollowers);
        Assert.Equal(At(0), view.CreatedAt);
        Assert.Equal(Complaint, view.Text);
        Assert.Equal("english", view.Language);
        Assert.True(view.Sentiment < -0.5, $"{view.Sentiment}");
        Assert.Equal(48_000 + 1_000 + 2_500 + 700, view.Reach); // Author, reposters and quoters; not repliers.
        Assert.Equal(2, view.Reposts);
        Assert.Equal(1, view.Quotes);
        Assert.Equal(1, view.Replies);
        Assert.Equal(1, view.Likes);
        Assert.True(view.Virality > 0);
        Assert.False(view.Answered);
        Assert.Empty(view.Answers);
        Assert.Null(view.OwnerBrand);
        Assert.Equal("p0", view.InReplyTo);
        Assert.Equal("px", view.QuoteOf);
        Assert.Equal(At(6), view.LastEventAt);
        Assert.Null(engine.View("nope"));
        Assert.Equal(At(6), engine.Watermark);
    }

    [Fact]
    public void Eviction_forgets_quiet_posts_but_keeps_open_escalations()
    {
        var engine = Engine();
        engine.Apply(Post("quiet", 0, Praise, "bob"));
        engine.Apply(Post("open", 0));
        engine.ApplyAll(Reposts("open", 6, from: 1));
        engine.Apply(Post("resolved", 0, "@AcmeCare worst service ever, absolutely terrible", "carl", 30_000));
        engine.ApplyAll(Reposts("resolved", 6, from: 1, prefix: "x"));
        engine.Apply(BrandReply("answer", "resolved", 5));
        engine.Apply(Repost("orphan-repost", "never-seen", 2));
        engine.Apply(Post("recent", 200, Praise, "dana"));
        Assert.Equal(6, engine.PostCount);

        var evicted = engine.Evict(TimeSpan.FromHours(1));

        Assert.Equal(4, evicted);
        Assert.Equal(2, engine.PostCount);
        Assert.NotNull(engine.View("open"));
        Assert.NotNull(engine.View("recent"));
        Assert.Null(engine.View("quiet"));
        Assert.Null(engine.View("resolved"));
        Assert.Null(engine.View("never-seen"));
        Assert.Null(engine.View("answer"));
        Assert.Equal(0, engine.Evict(TimeSpan.FromHours(1)));
        Assert.Equal(0, engine.Evict(TimeSpan.Zero));
        Assert.NotNull(engine.View("open"));
    }

    [Fact]
    public void The_engagement_log_cap_does_not_break_counts()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0, Praise));
        var total = PostRecord.MaxLoggedEngagements + 25;
        for (var i = 0; i < total; i++)
        {
            engine.Apply(Like("p1", 1 + i * 0.001, "fan" + i));
        }
        engine.ApplyAll(Reposts("p1", 4, from: 30));

        var view = engine.View("p1")!;
        Assert.Equal(total, view.Likes);
        Assert.Equal(4, view.Reposts);
        Assert.Equal(48_000 + 4 * 300, view.Reach);
        Assert.Equal(At(30.75), view.LastEventAt);
    }
}
