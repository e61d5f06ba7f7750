using System.Collections.Concurrent;

namespace Streams.Grains.Customers;

/// <summary>
/// In-memory storage, the profiles of customers whose grains were deactivated for being idle, kept
/// compressed by the silo (<see cref="Domain.Customers.CustomerSnapshotCodec"/>) until the customer
/// posts again or is queried.
/// </summary>
/// <remarks>
/// <para>A live customer grain costs about 3.3 KB: some 1.8 KB is Orleans' own activation (scheduler,
/// message tracking, directory and cache entries, a service scope) and the rest the aggregate's
/// objects. Most authors post once or twice and fall silent, so holding each of them as an activation
/// is what made a million authors cost more than 3 GB. Asleep, one costs its compressed snapshot and a
/// dictionary entry, a few hundred bytes, and wakes in microseconds.</para>
/// <para>Silo-local, so it is used only by a single in-memory silo (the embedded default): in a
/// cluster a customer can wake on another silo, and with durable storage the checkpoint in
/// PostgreSQL plays this part. Like everything else in memory mode, it is gone when the silo stops.</para>
/// </remarks>
/// <param name="enabled">
/// True for a single silo with storage in memory (see <see cref="Hosting.StreamsSiloBuilderExtensions.AddStreamsPipeline"/>).
/// </param>
public sealed class DormantCustomers(bool enabled)
{
    private readonly ConcurrentDictionary<string, byte[]> sleeping = new(StringComparer.Ordinal);
    private long bytes;
    private long fellAsleep;

    /// <summary>Whether idle customers sleep here; when false their grains never deactivate for idleness.</summary>
    public bool Enabled { get; } = enabled;

    /// <summary>How many customers are asleep.</summary>
    public int Count => sleeping.Count;

    /// <summary>How many times a customer has fallen asleep since the silo started (what <see cref="SleepWaveTrimmer"/> watches).</summary>
    public long FellAsleep => Interlocked.Read(ref fellAsleep);

    /// <summary>The compressed size of their profiles.</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>Keeps a deactivating customer's snapshot (replacing any older one).</summary>
    public void Keep(string customerId, byte[] snapshot)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(snapshot);
        var previous = 0;
        sleeping.AddOrUpdate(customerId, snapshot, (_, old) =>
        {
            previous = old.Length;
            return snapshot;
        });
        Interlocked.Add(ref bytes, snapshot.Length - previous);
        Interlocked.Increment(ref fellAsleep);
    }

    /// <summary>Hands a waking customer its snapshot and forgets it: from now on the activation owns the state.</summary>
    public bool TryWake(string customerId, out byte[] snapshot)
    {
        if (sleeping.TryRemove(customerId, out var found))
        {
            Interlocked.Add(ref bytes, -found.Length);
            snapshot = found;
            return true;
        }
        snapshot = [];
        return false;
    }
}
