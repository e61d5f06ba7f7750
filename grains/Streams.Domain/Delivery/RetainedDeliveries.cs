using Streams.Abstractions.Delivery;

namespace Streams.Domain.Delivery;

/// <summary>
/// A partition's copies of the updates it sent, per target, until the target confirms a checkpoint
/// that includes them. A target that dies loses what it applied since its last checkpoint; the
/// partition then sends it these copies again, in order (upstream backup).
/// </summary>
/// <typeparam name="TUpdate">The update type (brand or customer update).</typeparam>
public sealed class RetainedDeliveries<TUpdate>
    where TUpdate : class
{
    private readonly Dictionary<string, Queue<RetainedDelivery<TUpdate>>> byTarget = new(StringComparer.Ordinal);

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
        Count++;
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

    /// <summary>
    /// Forgets copies sent before <paramref name="horizon"/>. For targets that checkpoint on a fixed
    /// cadence but may never be sent anything again (an author seen once), so never confirm.
    /// </summary>
    public int ForgetSentBefore(DateTime horizon)
    {
        var forgotten = 0;
        List<string>? emptied = null;
        foreach (var (target, queue) in byTarget)
        {
            while (queue.Count > 0 && queue.Peek().SentAt < horizon)
            {
                queue.Dequeue();
                forgotten++;
            }
            if (queue.Count == 0)
            {
                (emptied ??= []).Add(target);
            }
        }
        foreach (var target in emptied ?? [])
        {
            byTarget.Remove(target);
        }
        Count -= forgotten;
        return forgotten;
    }

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
