namespace Streams.Domain.Matching.Query;

internal sealed class EvalNot(EvalNode operand) : EvalNode
{
    public override bool Evaluate(ref PostScan scan) => !operand.Evaluate(ref scan);
}
