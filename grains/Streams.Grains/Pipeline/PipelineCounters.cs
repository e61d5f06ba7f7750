using System.Collections.Concurrent;
using Streams.Abstractions.Pipeline;

namespace Streams.Grains.Pipeline;

/// <summary>
/// This silo's share of the pipeline counts (a singleton per silo). Counting locally with
/// interlocked adds keeps the per-event path free of grain calls; the status reporter sums the
/// silos through <see cref="IPipelineStatusGrain"/>.
/// </summary>
public sealed class PipelineCounters
{
    private readonly ConcurrentDictionary<long, bool> pendingPartitions = new();
    private long accepted;
    private long processed;
    private long acceptedAtReport;
    private long processedAtReport;
    private PipelineTotals cluster = new(0, 0, 0, 0);

    public long Accepted => Interlocked.Read(ref accepted);

    public long Processed => Interlocked.Read(ref processed);

    /// <summary>Partitions on this silo holding applied events or signals whose fan-out has not landed yet.</summary>
    public int PendingPartitions => pendingPartitions.Count;

    public void AddAccepted(long count) => Interlocked.Add(ref accepted, count);

    public void AddProcessed(long count) => Interlocked.Add(ref processed, count);

    public void SetPending(long partition, bool pending)
    {
        if (pending)
        {
            pendingPartitions[partition] = true;
        }
        else
        {
            pendingPartitions.TryRemove(partition, out _);
        }
    }

    /// <summary>Events accepted and not yet applied, cluster-wide: the last cluster totals plus what this silo did since.</summary>
    public long InFlight
    {
        get
        {
            var snapshot = Volatile.Read(ref cluster);
            var localAccepted = Accepted - Interlocked.Read(ref acceptedAtReport);
            var localProcessed = Processed - Interlocked.Read(ref processedAtReport);
            return Math.Max(0, snapshot.Accepted + localAccepted - snapshot.Processed - localProcessed);
        }
    }

    /// <summary>Records the cluster totals that included this silo's counts as of <paramref name="reportedAccepted"/>/<paramref name="reportedProcessed"/>.</summary>
    public void ClusterReported(PipelineTotals totals, long reportedAccepted, long reportedProcessed)
    {
        Interlocked.Exchange(ref acceptedAtReport, reportedAccepted);
        Interlocked.Exchange(ref processedAtReport, reportedProcessed);
        Volatile.Write(ref cluster, totals);
    }
}
