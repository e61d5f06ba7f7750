using Streams.Abstractions.Escalations;

namespace Streams.Domain.Escalations;

/// <summary>
/// Lets through each revision of an escalation once. A partition that replays its log after its
/// silo died publishes again the escalations it raised since its checkpoint; a live feed must not
/// show them raised twice. Remembers the latest revision of the most recent escalations only.
/// </summary>
public sealed class EscalationRevisionFilter(int capacity = 100_000)
{
    private readonly Dictionary<string, int> revisions = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    /// <summary>True for a revision not seen before (and newer than any seen), which is then remembered.</summary>
    public bool IsNew(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (revisions.TryGetValue(escalation.Id, out var seen))
        {
            if (escalation.Revision <= seen)
            {
                return false;
            }
            revisions[escalation.Id] = escalation.Revision;
            return true;
        }
        revisions[escalation.Id] = escalation.Revision;
        order.Enqueue(escalation.Id);
        while (order.Count > capacity)
        {
            revisions.Remove(order.Dequeue());
        }
        return true;
    }
}
