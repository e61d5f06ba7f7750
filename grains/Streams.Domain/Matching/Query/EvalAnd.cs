namespace Streams.Domain.Matching.Query;

internal sealed class EvalAnd(EvalNode[] operands) : EvalNode
{
    public override bool Evaluate(ref PostScan scan)
    {
        foreach (var operand in operands)
        {
            if (!operand.Evaluate(ref scan))
            {
                return false;
            }
        }
        return true;
    }
}
