namespace Streams.Domain.Matching.Query;

/// <summary>A single word, a wildcard stem, a hashtag or a handle; only words and stems have positions.</summary>
internal sealed class EvalTerm(int term, bool positional) : EvalNode
{
    public override int Span => positional ? 1 : 0;

    public override bool Evaluate(ref PostScan scan) => scan.Has(term);

    public override bool MatchesAt(ref PostScan scan, int position, out int end)
    {
        end = position;
        return positional && scan.TermAt(term, position);
    }
}
