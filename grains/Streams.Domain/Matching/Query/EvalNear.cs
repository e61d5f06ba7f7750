namespace Streams.Domain.Matching.Query;

/// <summary>At most <c>distance</c> words between the two sides; with <c>ordered</c>, the left side first.</summary>
internal sealed class EvalNear(EvalNode left, EvalNode right, int distance, bool ordered) : EvalNode
{
    private readonly int _rightSpan = Math.Max(1, right.Span);

    public override bool Evaluate(ref PostScan scan)
    {
        if (!left.Evaluate(ref scan) || !right.Evaluate(ref scan))
        {
            return false;
        }
        for (var p = 0; p < scan.WordCount; p++)
        {
            if (!left.MatchesAt(ref scan, p, out var leftEnd))
            {
                continue;
            }
            var last = Math.Min(scan.WordCount - 1, leftEnd + 1 + distance);
            for (var q = leftEnd + 1; q <= last; q++)
            {
                if (right.MatchesAt(ref scan, q, out _))
                {
                    return true;
                }
            }
            if (ordered)
            {
                continue;
            }
            for (var q = Math.Max(0, p - distance - _rightSpan); q < p; q++)
            {
                if (right.MatchesAt(ref scan, q, out var rightEnd) && rightEnd < p && p - rightEnd - 1 <= distance)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
