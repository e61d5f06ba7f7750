namespace Streams.Domain.Matching.Query;

/// <summary>A compiled query node. Words are term ids into the matcher's shared dictionaries.</summary>
internal abstract class EvalNode
{
    /// <summary>The most words a match of this node spans (0 for nodes without positions).</summary>
    public virtual int Span => 0;

    public abstract bool Evaluate(ref PostScan scan);

    /// <summary>Whether the node matches starting at word <paramref name="position"/>; <paramref name="end"/> is its last word.</summary>
    public virtual bool MatchesAt(ref PostScan scan, int position, out int end)
    {
        end = position;
        return false;
    }
}
