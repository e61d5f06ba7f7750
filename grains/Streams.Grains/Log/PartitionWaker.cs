using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Posts;
using Streams.Grains.Pipeline;

namespace Streams.Grains.Log;

/// <summary>
/// Durable storage: calls every partition once a second from every silo. Ingest wakes partitions as
/// it appends, but a partition whose silo died is only reactivated by a call, and must restore and
/// replay even if no new event arrives for it. The call only activates: an active partition reads
/// its log on its own flush tick, so this adds no database reads.
/// </summary>
public sealed class PartitionWaker(IGrainFactory grains, IOptions<PipelineOptions> options, ILogger<PartitionWaker> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            for (var partition = 0; partition < options.Value.Partitions; partition++)
            {
                try
                {
                    await grains.GetGrain<IPostPartitionGrain>(partition).WakeAsync(0).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogDebug(e, "Waking partition {Partition} failed; trying again at the next tick", partition);
                }
            }
        }
    }
}
