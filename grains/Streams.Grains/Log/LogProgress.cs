using Microsoft.Extensions.Options;
using Streams.Abstractions.Posts;
using Streams.Grains.Pipeline;

namespace Streams.Grains.Log;

/// <summary>
/// Durable storage: how far the partitions are behind their logs. This, not the ingest counters, is
/// what says whether everything accepted has been applied: counters die with a silo, and a partition
/// replaying after a kill applies entries a second time.
/// </summary>
public sealed class LogProgress(IngestLog log, IGrainFactory grains, IOptions<PipelineOptions> options)
{
    public async Task<LogProgressReport> ReadAsync(CancellationToken cancellationToken = default)
    {
        var heads = await log.HeadsAsync(cancellationToken);
        var partitions = await Task.WhenAll(Enumerable.Range(0, options.Value.Partitions)
            .Select(p => grains.GetGrain<IPostPartitionGrain>(p).GetProgressAsync()));
        long behind = 0;
        var pending = 0;
        var unconfirmed = 0;
        for (var p = 0; p < partitions.Length; p++)
        {
            behind += Math.Max(0, heads.GetValueOrDefault(p) - partitions[p].Applied);
            pending += partitions[p].Pending ? 1 : 0;
            unconfirmed += partitions[p].Unconfirmed;
        }
        return new LogProgressReport(behind, pending, unconfirmed);
    }
}
