using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Streams.Abstractions.Pipeline;

namespace Streams.Grains.Pipeline;

/// <summary>Reports this silo's counters to the cluster status grain a few times a second.</summary>
public sealed class PipelineStatusReporter(
    IGrainFactory grains,
    PipelineCounters counters,
    ILocalSiloDetails silo,
    ILogger<PipelineStatusReporter> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(250);

    /// <summary>Reports now and returns the cluster totals including this silo's latest counts.</summary>
    public async Task<PipelineTotals> ReportAsync()
    {
        var accepted = counters.Accepted;
        var processed = counters.Processed;
        var totals = await grains.GetGrain<IPipelineStatusGrain>(0)
            .ReportAsync(silo.SiloAddress.ToParsableString(), accepted, processed, counters.PendingPartitions);
        counters.ClusterReported(totals, accepted, processed);
        return totals;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await ReportAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Pipeline status report failed; retrying at the next tick");
            }
        }
    }
}
