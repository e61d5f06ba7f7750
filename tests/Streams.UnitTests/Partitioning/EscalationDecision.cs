using Streams.Abstractions.Escalations;

namespace Streams.UnitTests.Partitioning;

/// <summary>What an escalation decided, leaving out wall-clock fields and the revision (which counts publications, not decisions).</summary>
internal sealed record EscalationDecision(
    string Id, int Severity, double Score, DateTime RaisedAt, EscalationStatus Status, DateTime? ResolvedAt, string Reasons)
{
    public static EscalationDecision Of(Escalation e) =>
        new(e.Id, e.Severity, e.Score, e.RaisedAt, e.Status, e.ResolvedAt, string.Join(" | ", e.Reasons));
}
