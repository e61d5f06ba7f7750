namespace Streams.Abstractions.Pipeline;

/// <summary>
/// Sums the per-silo counters that each silo reports a few times a second. Counting in each silo
/// and reporting totals keeps this single grain off the per-event path.
/// </summary>
public interface IPipelineStatusGrain : IGrainWithIntegerKey
{
    Task<PipelineTotals> ReportAsync(string siloId, long accepted, long processed, int pendingPartitions);

    Task<PipelineTotals> GetAsync();
}
