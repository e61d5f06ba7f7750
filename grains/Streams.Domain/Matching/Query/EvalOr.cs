namespace Streams.Domain.Matching.Query;

internal sealed class EvalOr(EvalNode[] operands) : EvalNode
{
    public override int Span => operands.Max(o => o.Span);

    public override bool Evaluate(ref PostScan scan)
    {
        foreach (var operand in operands)
        {
            if (operand.Evaluate(ref scan))
            {
                return true;
            }
        }
        return false;
    }

    public override bool MatchesAt(ref PostScan scan, int position, out int end)
    {
        foreach (var operand in operands)
        {
            if (operand.MatchesAt(ref scan, position, out end))
            {
                return true;
            }
        }
        end = position;
        return false;
    }
}
