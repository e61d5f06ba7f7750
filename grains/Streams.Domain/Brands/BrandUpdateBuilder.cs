using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;

namespace Streams.Domain.Brands;

/// <summary>Collects what a partition learned about one brand until the next flush.</summary>
/// <remarks>One per brand touched per flush: most carry only mentions, so the maps are created on first use.</remarks>
public sealed class BrandUpdateBuilder
{
    private List<PostSpread>? spreading;
    private Dictionary<string, Escalation>? escalations;
    private Dictionary<string, AuthorInfluence>? authors;

    public List<BrandMention> Mentions { get; } = [];

    public List<BrandAnswer> Answers { get; } = [];

    public int OwnPosts { get; set; }

    /// <summary>A post's latest spread: at most one per post per flush (the partition engine keeps only the latest).</summary>
    public void Spread(PostSpread spread) => (spreading ??= []).Add(spread);

    /// <summary>Keeps only the latest revision of each escalation.</summary>
    public void Escalation(Escalation escalation) => (escalations ??= new(StringComparer.Ordinal))[escalation.Id] = escalation;

    public void Author(AuthorInfluence author) => (authors ??= new(StringComparer.Ordinal))[author.AuthorId] = author;

    public BrandUpdate Build() => new(
        Mentions.ToArray(),
        Answers.ToArray(),
        escalations?.Values.ToArray() ?? [],
        spreading?.ToArray() ?? [],
        authors?.Values.ToArray() ?? [],
        OwnPosts);
}
