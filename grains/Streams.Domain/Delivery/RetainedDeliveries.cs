using Streams.Abstractions.Delivery;

namespace Streams.Domain.Delivery;

/// <summary>
/// A partition's copies of the updates it sent, per target, until the target confirms a checkpoint
/// that includes them. A target that dies loses what it applied since its last checkpoint; the
/// partition then sends it these copies again, in order (upstream backup). Targets confirm in their
/// answers, so one that is sent nothing more (an author seen once) is asked after a while
/// (<see cref="DueForCheck"/>): that is also how a target that died in the meantime is found.
/// </summary>
/// <typeparam name="TUpdate">The update type (brand or customer update).</typeparam>
public sealed class RetainedDeliveries<TUpdate>
    where TUpdate : class
{
    private readonly Dictionary<string, Queue<RetainedDelivery<TUpdate>>> byTarget = new(StringComparer.Ordinal);

    // Targets in the order their copies were last sent or checked, with that time: the next to check
    // are at the front. A target appears once per send or check; stale entries are skipped.
    private readonly Queue<(string Target, DateTime At)> checks = new();

    /// <summary>Updates held, over all targets.</summary>
    public int Count { get; private set; }

    public int Targets => byTarget.Count;

    /// <summary><see cref="DeliveryRange.Through"/> of the newest copy held for the target, or 0.</summary>
    public long LastThrough(string target) =>
        byTarget.TryGetValue(target, out var queue) && queue.Count > 0 ? queue.Last().Range.Through : 0;

    public void Add(string target, DeliveryRange range, TUpdate update, DateTime sentAt)
    {
        if (!byTarget.TryGetValue(target, out var queue))
        {
            queue = new Queue<RetainedDelivery<TUpdate>>(2);
            byTarget[target] = queue;
        }
        queue.Enqueue(new RetainedDelivery<TUpdate>(target, range, update, sentAt));
        checks.Enqueue((target, sentAt));
        Count++;
    }

    /// <summary>
    /// Targets still holding copies whose latest send or check was before <paramref name="horizon"/>,
    /// with the newest copy's end. Each is considered checked at <paramref name="now"/>: if it still
    /// holds copies after the check, it comes up again one period later.
    /// </summary>
    public IReadOnlyList<(string Target, long LastThrough)> DueForCheck(DateTime horizon, DateTime now)
    {
        List<(string, long)>? due = null;
        var again = new List<string>();
        while (checks.Count > 0 && checks.Peek().At < horizon)
        {
            var (target, at) = checks.Dequeue();
            if (!byTarget.TryGetValue(target, out var queue) || queue.Count == 0 || queue.Last().SentAt > at)
            {
                continue; // Confirmed since, or sent again (that send has its own entry further back).
            }
            (due ??= []).Add((target, queue.Last().Range.Through));
            again.Add(target);
        }
        foreach (var target in again)
        {
            checks.Enqueue((target, now));
        }
        return due ?? (IReadOnlyList<(string, long)>)[];
    }

    /// <summary>Forgets the copies the target's checkpoint now includes.</summary>
    public void Confirmed(string target, long durableMark)
    {
        if (!byTarget.TryGetValue(target, out var queue))
        {
            return;
        }
        while (queue.Count > 0 && queue.Peek().Range.Through <= durableMark)
        {
            queue.Dequeue();
            Count--;
        }
        if (queue.Count == 0)
        {
            byTarget.Remove(target);
        }
    }

    /// <summary>The copies the target has not applied (after its <paramref name="mark"/>), oldest first.</summary>
    public IReadOnlyList<RetainedDelivery<TUpdate>> After(string target, long mark) =>
        byTarget.TryGetValue(target, out var queue) ? queue.Where(d => d.Range.Through > mark).ToArray() : [];

    /// <summary>Every copy, per target oldest first (for the partition's checkpoint).</summary>
    public RetainedDelivery<TUpdate>[] Snapshot() => [.. byTarget.Values.SelectMany(q => q)];

    public static RetainedDeliveries<TUpdate> FromSnapshot(IEnumerable<RetainedDelivery<TUpdate>> copies)
    {
        var retained = new RetainedDeliveries<TUpdate>();
        foreach (var copy in copies)
        {
            retained.Add(copy.Target, copy.Range, copy.Update, copy.SentAt);
        }
        return retained;
    }
}
