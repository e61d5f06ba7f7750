namespace Streams.Client.Generation;

/// <summary>What a generator has produced so far, by kind (brand replies are posts too).</summary>
public sealed class FirehoseCounts
{
    public long Posts { get; internal set; }

    public long Replies { get; internal set; }

    public long Quotes { get; internal set; }

    public long BrandReplies { get; internal set; }

    public long Reposts { get; internal set; }

    public long BurstReposts { get; internal set; }

    public long Likes { get; internal set; }

    public long NegativePosts { get; internal set; }

    public long FrenchPosts { get; internal set; }

    public long Bursts { get; internal set; }

    public override string ToString() =>
        $"posts {Posts:N0} (replies {Replies:N0}, quotes {Quotes:N0}, brand replies {BrandReplies:N0}, negative {NegativePosts:N0}, French {FrenchPosts:N0}), " +
        $"reposts {Reposts:N0} (in {Bursts:N0} bursts: {BurstReposts:N0}), likes {Likes:N0}";
}
