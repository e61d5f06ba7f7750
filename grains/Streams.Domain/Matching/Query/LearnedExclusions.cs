using System.Collections.Frozen;

namespace Streams.Domain.Matching.Query;

/// <summary>
/// The not-about-us context terms of one brand, learned from posts flagged as look-alikes, and the rule that uses
/// them: a post is excluded when it contains one learned term seen in at least <see cref="StrongCount"/> flagged
/// posts, or at least <see cref="DistinctTermsToExclude"/> different learned terms. One flagged post alone therefore
/// never excludes on a single shared word, and a context that keeps coming back ("juice", "jus") soon excludes by
/// itself. Immutable: learning produces a new instance.
/// </summary>
internal sealed class LearnedExclusions
{
    public const int StrongCount = 2;
    public const int DistinctTermsToExclude = 2;
    public const int MaxTerms = 2_000;

    public static readonly LearnedExclusions Empty = new(FrozenDictionary<string, int>.Empty);

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LearnedExclusions(FrozenDictionary<string, int> counts)
    {
        Counts = counts;
        _lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FrozenDictionary<string, int> Counts { get; }

    public bool IsEmpty => Counts.Count == 0;

    /// <summary>Applies the rule to folded text (words separated by <see cref="MatchText.Separator"/>).</summary>
    public bool Excludes(ReadOnlySpan<char> folded)
    {
        if (IsEmpty)
        {
            return false;
        }
        ReadOnlySpan<char> firstHit = default;
        var position = 0;
        while (MatchText.NextWord(folded, ref position, out var word))
        {
            if (!_lookup.TryGetValue(word, out var count))
            {
                continue;
            }
            if (count >= StrongCount)
            {
                return true;
            }
            if (firstHit.IsEmpty)
            {
                firstHit = word;
            }
            else if (!firstHit.SequenceEqual(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>This set plus one flagged post's context terms (each counted once per post), capped at <see cref="MaxTerms"/> terms.</summary>
    public LearnedExclusions With(IEnumerable<string> postTerms)
    {
        var counts = new Dictionary<string, int>(Counts, StringComparer.Ordinal);
        foreach (var term in postTerms)
        {
            if (counts.TryGetValue(term, out var count))
            {
                counts[term] = count + 1;
            }
            else if (counts.Count < MaxTerms)
            {
                counts[term] = 1;
            }
        }
        return new LearnedExclusions(counts.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
