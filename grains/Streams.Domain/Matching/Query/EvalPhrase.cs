namespace Streams.Domain.Matching.Query;

/// <summary>Several words in a row.</summary>
internal sealed class EvalPhrase(int[] terms) : EvalNode
{
    public override int Span => terms.Length;

    public override bool Evaluate(ref PostScan scan)
    {
        foreach (var term in terms)
        {
            if (!scan.Has(term))
            {
                return false;
            }
        }
        for (var p = 0; p + terms.Length <= scan.WordCount; p++)
        {
            if (MatchesAt(ref scan, p, out _))
            {
                return true;
            }
        }
        return false;
    }

    public override bool MatchesAt(ref PostScan scan, int position, out int end)
    {
        end = position + terms.Length - 1;
        for (var k = 0; k < terms.Length; k++)
        {
            if (!scan.TermAt(terms[k], position + k))
            {
                return false;
            }
        }
        return true;
    }
}
