using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;

namespace Streams.Domain.Brands;

/// <summary>Collects what a partition learned about one brand until the next flush.</summary>
/// <remarks>One per brand touched per flush: most carry only mentions, so the maps are created on first use.</remarks>
public sealed class BrandUpdateBuilder
{
    private Dictionary<string, PostSpread>? spreading;
    private Dictionary<string, Escalation>? escalations;
    private Dictionary<string, AuthorInfluence>? authors;

    public List<BrandMention> Mentions { get; } = [];

    public List<BrandAnswer> Answers { get; } = [];

    public int OwnPosts { get; set; }

    public void Spread(PostSpread spread) => (spreading ??= new(StringComparer.Ordinal))[spread.PostId] = spread;

    /// <summary>Keeps only the latest revision of each escalation.</summary>
    public void Escalation(Escalation escalation) => (escalations ??= new(StringComparer.Ordinal))[escalation.Id] = escalation;

    public void Author(AuthorInfluence author) => (authors ??= new(StringComparer.Ordinal))[author.AuthorId] = author;

    public BrandUpdate Build() => new(
        Mentions.ToArray(),
        Answers.ToArray(),
        escalations?.Values.ToArray() ?? [],
        spreading?.Values.ToArray() ?? [],
        authors?.Values.ToArray() ?? [],
        OwnPosts);
}
