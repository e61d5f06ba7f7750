using Streams.Abstractions.Pipeline;

namespace Streams.Grains.Pipeline;

/// <summary>Sums the latest report of each silo. A silo that died keeps its last report: what it accepted still counts.</summary>
public sealed class PipelineStatusGrain : Grain, IPipelineStatusGrain
{
    private readonly Dictionary<string, (long Accepted, long Processed, int Pending)> silos = new(StringComparer.Ordinal);

    public Task<PipelineTotals> ReportAsync(string siloId, long accepted, long processed, int pendingPartitions)
    {
        silos[siloId] = (accepted, processed, pendingPartitions);
        return GetAsync();
    }

    public Task<PipelineTotals> GetAsync()
    {
        long accepted = 0, processed = 0;
        var pending = 0;
        foreach (var (a, p, n) in silos.Values)
        {
            accepted += a;
            processed += p;
            pending += n;
        }
        return Task.FromResult(new PipelineTotals(accepted, processed, silos.Count, pending));
    }
}
