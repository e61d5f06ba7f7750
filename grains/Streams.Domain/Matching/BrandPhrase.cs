namespace Streams.Domain.Matching;

/// <summary>A brand name or alias indexed under its first folded word; the rest must follow in the text.</summary>
internal sealed class BrandPhrase(int brandIndex, string[] followingWords)
{
    public int BrandIndex { get; } = brandIndex;

    public string[] FollowingWords { get; } = followingWords;
}
