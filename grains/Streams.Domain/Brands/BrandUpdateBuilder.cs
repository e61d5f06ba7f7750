using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;

namespace Streams.Domain.Brands;

/// <summary>Collects what a partition learned about one brand until the next flush.</summary>
public sealed class BrandUpdateBuilder
{
    private readonly Dictionary<string, PostSpread> spreading = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Escalation> escalations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorInfluence> authors = new(StringComparer.Ordinal);

    public List<BrandMention> Mentions { get; } = [];

    public List<BrandAnswer> Answers { get; } = [];

    public int OwnPosts { get; set; }

    public void Spread(PostSpread spread) => spreading[spread.PostId] = spread;

    /// <summary>Keeps only the latest revision of each escalation.</summary>
    public void Escalation(Escalation escalation) => escalations[escalation.Id] = escalation;

    public void Author(AuthorInfluence author) => authors[author.AuthorId] = author;

    public BrandUpdate Build() => new(
        Mentions.ToArray(),
        Answers.ToArray(),
        escalations.Values.ToArray(),
        spreading.Values.ToArray(),
        authors.Values.ToArray(),
        OwnPosts);
}
