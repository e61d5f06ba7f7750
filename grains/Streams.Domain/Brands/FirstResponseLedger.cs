using System.Collections.Immutable;

namespace Streams.Domain.Brands;

/// <summary>
/// First-response time per answered post, for the brand's P50/P90. Kept per post rather than as
/// a bare list of durations because answers can arrive out of order: when an earlier reply turns
/// up late, the post's first-response time must shrink, not gain a second entry. Holds the most
/// recent <see cref="Capacity"/> answered posts; percentiles use the nearest-rank definition.
/// </summary>
public sealed class FirstResponseLedger(int capacity = FirstResponseLedger.DefaultCapacity)
{
    public const int DefaultCapacity = 50_000;

    private readonly Dictionary<string, TimeSpan> byPost = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private TimeSpan[]? sorted;

    public int Capacity { get; } = capacity;

    /// <summary>Posts answered so far, including those that fell out of the percentile window.</summary>
    public long AnsweredCount { get; private set; }

    public void Record(string postId, TimeSpan firstResponse)
    {
        if (firstResponse < TimeSpan.Zero)
        {
            firstResponse = TimeSpan.Zero;
        }
        if (byPost.TryGetValue(postId, out var known))
        {
            if (firstResponse < known)
            {
                byPost[postId] = firstResponse;
                sorted = null;
            }
            return;
        }
        AnsweredCount++;
        byPost[postId] = firstResponse;
        order.Enqueue(postId);
        if (order.Count > Capacity)
        {
            byPost.Remove(order.Dequeue());
        }
        sorted = null;
    }

    /// <summary>Nearest rank: sorted ascending v[0..n-1], percentile p = v[ceil(p·n) − 1]. Null when nothing was answered.</summary>
    public TimeSpan? Percentile(double p)
    {
        if (byPost.Count == 0)
        {
            return null;
        }
        if (sorted is null)
        {
            sorted = byPost.Values.ToArray();
            Array.Sort(sorted);
        }
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    public FirstResponseLedgerSnapshot Snapshot()
    {
        var entries = ImmutableArray.CreateBuilder<FirstResponseEntry>(order.Count);
        foreach (var postId in order)
        {
            entries.Add(new FirstResponseEntry(postId, byPost[postId]));
        }
        return new FirstResponseLedgerSnapshot(Capacity, AnsweredCount, entries.MoveToImmutable());
    }

    public static FirstResponseLedger FromSnapshot(FirstResponseLedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Entries.Length > snapshot.Capacity || snapshot.Entries.Length > snapshot.AnsweredCount)
        {
            throw new ArgumentException("The snapshot holds more posts than its capacity or answered count.", nameof(snapshot));
        }
        var ledger = new FirstResponseLedger(snapshot.Capacity) { AnsweredCount = snapshot.AnsweredCount };
        foreach (var entry in snapshot.Entries)
        {
            if (!ledger.byPost.TryAdd(entry.PostId, entry.FirstResponse))
            {
                throw new ArgumentException($"The snapshot holds the post '{entry.PostId}' twice.", nameof(snapshot));
            }
            ledger.order.Enqueue(entry.PostId);
        }
        return ledger;
    }
}
