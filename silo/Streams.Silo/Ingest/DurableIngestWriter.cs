using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Events;
using Streams.Abstractions.Pipeline;
using Streams.Abstractions.Posts;
using Streams.Grains.Log;
using Streams.Grains.Pipeline;

namespace Streams.Silo.Ingest;

/// <summary>
/// Durable storage: appends accepted events to the partitions' logs before ingest answers. Requests
/// that arrive while an append is in progress wait and go together in the next one (group commit):
/// one transaction and one binary COPY for many requests, one row per partition, so the database
/// does a handful of writes per second however many small requests come in. Once the append has
/// committed the events survive any silo; the partitions are woken to read them.
/// </summary>
public sealed class DurableIngestWriter(
    IngestLog log,
    IClusterClient cluster,
    IOptions<PipelineOptions> options,
    ILogger<DurableIngestWriter> logger)
{
    /// <summary>Events per append at most; requests beyond wait for the next one.</summary>
    private const int MaxEventsPerAppend = 50_000;

    private readonly Channel<PendingAppend> pending = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes when the events are durably in the log; faults when the append failed (nothing of them was written).</summary>
    public Task AppendAsync(IReadOnlyList<MentionEvent> events)
    {
        var append = new PendingAppend(events);
        if (!pending.Writer.TryWrite(append))
        {
            throw new InvalidOperationException("The ingest writer has stopped.");
        }
        return append.Completion.Task;
    }

    /// <summary>The append loop; runs for the life of the silo (see <see cref="IngestPipeline"/>).</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingAppend>();
        try
        {
            while (await pending.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                var events = 0;
                while (events < MaxEventsPerAppend && pending.Reader.TryRead(out var append))
                {
                    batch.Add(append);
                    events += append.Events.Count;
                }
                await AppendBatchAsync(batch, stoppingToken).ConfigureAwait(false);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            foreach (var append in batch)
            {
                append.Completion.TrySetCanceled(stoppingToken);
            }
            while (pending.Reader.TryRead(out var append))
            {
                append.Completion.TrySetCanceled(stoppingToken);
            }
        }
    }

    private async Task AppendBatchAsync(List<PendingAppend> batch, CancellationToken stoppingToken)
    {
        var partitions = options.Value.Partitions;
        var byPartition = new Dictionary<int, List<MentionEvent>>();
        foreach (var append in batch)
        {
            foreach (var mention in append.Events)
            {
                var partition = PartitionMap.PartitionOf(mention, partitions);
                if (!byPartition.TryGetValue(partition, out var list))
                {
                    list = [];
                    byPartition[partition] = list;
                }
                list.Add(mention);
            }
        }
        IReadOnlyDictionary<int, long> heads;
        try
        {
            heads = await log.AppendAsync(
                [.. byPartition.Select(p => new LogAppend(p.Key, PartitionLogEntry.Ingested([.. p.Value])))],
                stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Appending {Requests} ingest requests to the log failed; they are refused", batch.Count);
            foreach (var append in batch)
            {
                append.Completion.TrySetException(e);
            }
            return;
        }
        foreach (var append in batch)
        {
            append.Completion.TrySetResult();
        }
        foreach (var (partition, head) in heads)
        {
            try
            {
                await cluster.GetGrain<IPostPartitionGrain>(partition).WakeAsync(head).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // The entries are safe in the log; the partition's own tick or the waker reads them.
                logger.LogDebug(e, "Waking partition {Partition} failed", partition);
            }
        }
    }
}
