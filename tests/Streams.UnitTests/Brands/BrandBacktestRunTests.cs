using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Brands;
using Streams.Domain.Posts;
using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Brands;

public sealed class BrandBacktestRunTests
{
    private static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static readonly BrandConfig Orange = new(
        "orange", "Orange", [new BrandHandle(Platform.Twitter, "OrangeCare")], [], ["fr"], 60, EscalationSettings.Default,
        Query: "orange AND (forfait OR fibre)");

    private static PostRecord Kept(string id, int minute, string text, string[] brands, string author = "jane", string? owner = null)
    {
        var post = new PostRecord(id);
        var mention = new MentionEvent(EventKind.Post, id, id, Start.AddMinutes(minute), new AuthorRef(author, author, 100, false),
            Platform.Twitter, text, null, null, null, null);
        post.MarkSeen(mention, LanguageDetector.Detect(text, null), 0, brands, owner);
        return post;
    }

    private static readonly PostRecord[] Posts =
    [
        Kept("p1", 1, "mon forfait Orange a encore augmenté", ["orange"]),
        Kept("p2", 2, "la fibre orange en panne depuis hier", ["orange"]),
        Kept("p3", 3, "le réseau Orange est tombé", []),
        Kept("p4", 4, "un jus d'orange et une tarte", []),
        Kept("p5", 5, "Orange: votre forfait évolue", [], author: "OrangeCare", owner: "orange"),
        Kept("p6", 6, "plus de réseau orange, c'est la troisième fois", []),
    ];

    [Fact]
    public void The_draft_is_compared_with_what_the_live_matcher_decided()
    {
        var draft = Orange with { Query = "orange AND (fibre OR réseau)" };

        var result = BrandBacktestRun.Run(draft, Posts, maxPosts: 100, maxSamples: 10);

        Assert.Equal(5, result.Scanned); // The brand's own post is not a mention.
        Assert.Equal(3, result.Matched); // p2, p3, p6
        Assert.Equal(2, result.MatchedLive); // p1, p2
        Assert.Equal(2, result.Added);
        Assert.Equal(["p6", "p3"], result.AddedSamples.Select(p => p.PostId)); // Newest first.
        Assert.Equal(1, result.Dropped);
        Assert.Equal("p1", Assert.Single(result.DroppedSamples).PostId);
        Assert.Equal(Start.AddMinutes(1), result.Oldest);
        Assert.Equal(Start.AddMinutes(6), result.Newest);
    }

    [Fact]
    public void Only_the_newest_posts_are_read_and_samples_are_capped_but_counted()
    {
        var draft = Orange with { Query = "orange" };

        var result = BrandBacktestRun.Run(draft, Posts, maxPosts: 3, maxSamples: 1);

        Assert.Equal(3, result.Scanned); // p6, p4, p3 (p5 is the brand's own)
        Assert.Equal(3, result.Matched);
        Assert.Equal(3, result.Added);
        Assert.Equal("p6", Assert.Single(result.AddedSamples).PostId);
        Assert.Equal(Start.AddMinutes(3), result.Oldest);
    }

    [Fact]
    public void The_live_query_unchanged_adds_and_drops_nothing()
    {
        var result = BrandBacktestRun.Run(Orange, Posts, maxPosts: 100, maxSamples: 10);

        Assert.Equal(2, result.Matched);
        Assert.Equal(0, result.Added);
        Assert.Equal(0, result.Dropped);
    }
}
