using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Streams.Abstractions.Events;
using Streams.Abstractions.Pipeline;
using Streams.Grains.Log;
using Streams.Grains.Pipeline;

namespace Streams.Silo.Ingest;

/// <summary>
/// Between the HTTP ingest endpoint and the partitions. In memory, accepted events go to a buffer
/// per partition; one pump per partition drains whatever has accumulated into a single stream
/// record. Under load the buffers fill between two pushes, so records grow and the per-record cost
/// of the stream is spread over many events; when idle, an event goes out on its own at once. With
/// durable storage, events are accepted only once they are in the partitions' log in PostgreSQL
/// (<see cref="DurableIngestWriter"/>), which the partitions read; the stream is not used.
/// </summary>
/// <remarks>
/// Admission is all or nothing per request: a request is accepted only if the cluster-wide number of
/// events in flight stays under the limit, otherwise the caller gets 503 with Retry-After and
/// nothing of the request is taken. Once accepted, an event is never dropped: a failed push is
/// retried until it succeeds. Bounding what is in flight keeps the memory stream's queues (which
/// throw at 16,384 waiting records) far from full.
/// </remarks>
public sealed class IngestPipeline(
    IClusterClient cluster,
    PipelineCounters counters,
    IOptions<PipelineOptions> options,
    IServiceProvider services,
    ILogger<IngestPipeline> logger) : BackgroundService
{
    private readonly DurableIngestWriter? durable = services.GetService<IngestLog>() is { } log
        ? new DurableIngestWriter(log, cluster, options, services.GetRequiredService<ILogger<DurableIngestWriter>>())
        : null;
    private readonly Channel<MentionEvent>[] buffers = Enumerable.Range(0, options.Value.Partitions)
        .Select(_ => Channel.CreateUnbounded<MentionEvent>(new UnboundedChannelOptions { SingleReader = true }))
        .ToArray();
    private readonly Lock admission = new();

    /// <summary>Events accepted and not yet applied, cluster-wide (approximately, between status reports).</summary>
    public long InFlight => counters.InFlight;

    public long MaxInFlight => options.Value.MaxInFlightEvents;

    /// <summary>True when accepted events are written to the durable log before they are acknowledged.</summary>
    public bool Durable => durable is not null;

    /// <summary>
    /// Takes all of <paramref name="events"/> or none of them. With durable storage it completes
    /// once they are in the log, or with <see cref="IngestAdmission.StorageUnavailable"/> when the
    /// log could not be written (then nothing of them was taken).
    /// </summary>
    public async Task<IngestAdmission> AcceptAsync(IReadOnlyList<MentionEvent> events)
    {
        if (events.Count == 0)
        {
            return IngestAdmission.Accepted;
        }
        if (!Admit(events.Count))
        {
            return IngestAdmission.Saturated;
        }
        if (durable is null)
        {
            Buffer(events);
            return IngestAdmission.Accepted;
        }
        try
        {
            await durable.AppendAsync(events).ConfigureAwait(false);
            return IngestAdmission.Accepted;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            counters.AddAccepted(-events.Count);
            return IngestAdmission.StorageUnavailable;
        }
    }

    private bool Admit(int count)
    {
        lock (admission)
        {
            // A request larger than the whole budget is still let in when nothing is in flight,
            // or it could never be accepted at all.
            if (counters.InFlight + count > MaxInFlight && counters.InFlight > 0)
            {
                return false;
            }
            counters.AddAccepted(count);
            return true;
        }
    }

    private void Buffer(IReadOnlyList<MentionEvent> events)
    {
        var partitions = buffers.Length;
        foreach (var mention in events)
        {
            buffers[PartitionMap.PartitionOf(mention, partitions)].Writer.TryWrite(mention);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (durable is not null)
        {
            return durable.RunAsync(stoppingToken);
        }
        var provider = cluster.GetStreamProvider(MentionStreams.ProviderName);
        var pumps = buffers.Select((buffer, partition) => PumpAsync(
            buffer.Reader,
            provider.GetStream<MentionEvent>(StreamId.Create(MentionStreams.Namespace, partition)),
            partition,
            stoppingToken));
        return Task.WhenAll(pumps);
    }

    private async Task PumpAsync(ChannelReader<MentionEvent> reader, IAsyncStream<MentionEvent> stream, int partition, CancellationToken stoppingToken)
    {
        var maxRecord = options.Value.MaxEventsPerRecord;
        var record = new List<MentionEvent>(maxRecord);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                while (record.Count < maxRecord && reader.TryRead(out var mention))
                {
                    record.Add(mention);
                }
                await PushAsync(stream, record, partition, stoppingToken).ConfigureAwait(false);
                record = new List<MentionEvent>(maxRecord);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: events still buffered here are lost with the process, like everything
            // else in memory; a durable ingest log is what closes that gap.
        }
    }

    private async Task PushAsync(IAsyncStream<MentionEvent> stream, List<MentionEvent> record, int partition, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await stream.OnNextBatchAsync(record).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Never drop what was accepted: wait (queue full, silo starting) and push the same record again.
                if (attempt == 1 || attempt % 50 == 0)
                {
                    logger.LogWarning(e, "Pushing {Count} events to partition {Partition} failed (attempt {Attempt}); retrying", record.Count, partition, attempt);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 20 * attempt)), stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
