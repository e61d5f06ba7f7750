namespace Streams.Domain.Matching.Query;

/// <summary>Terms of which at least one must occur for a query (or part of it) to hold; cost = how many queries share them.</summary>
internal sealed record TriggerSet(int[] Terms, int Cost)
{
    public static TriggerSet Of(int term, int[] sharedBy) => new([term], sharedBy[term]);
}
