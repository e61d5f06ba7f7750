using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Events;
using Streams.Abstractions.Pipeline;
using Streams.Abstractions.Posts;
using Streams.Domain.Ingest;
using Streams.Grains.Log;
using Streams.Grains.Pipeline;

namespace Streams.Silo.Ingest;

/// <summary>
/// Between the HTTP ingest endpoint and the partitions. In memory, accepted events go to a buffer
/// per partition; one pump per partition hands whatever has accumulated to the partition grain in
/// one call, and waits for it before the next. Under load the buffers fill while a call is under
/// way, so batches grow and the per-call cost is spread over many events; when idle, an event goes
/// out on its own at once. With durable storage, events are accepted only once they are in the
/// partitions' log in PostgreSQL (<see cref="DurableIngestWriter"/>), which the partitions read.
/// </summary>
/// <remarks>
/// <para>
/// Why a grain call and not an Orleans memory stream, which this used until 2026-12-01: the memory
/// stream serializes every record into its queue grain, copies it there and back, caches it, and
/// deserializes it for the consumer, so every event was built twice. An allocation profile at
/// saturation put about 40% of all bytes allocated on that path. A call to a partition on this silo
/// passes the parsed events by reference (they are immutable); one on another silo serializes them
/// once. One call at a time per partition keeps each partition's events in the order they were
/// accepted, and waiting for it is the backpressure: a partition that flushes holds its pump.
/// </para>
/// <para>
/// Admission is all or nothing per request: a request is accepted only if the cluster-wide number of
/// events in flight stays under the limit. A request that finds it spent waits a little for room
/// (<see cref="AdmissionGate"/>); if there is still none, the caller gets 503 with Retry-After and
/// nothing of the request is taken. Once accepted, an event is never dropped: a failed call is
/// retried until it succeeds. The limit bounds the memory the buffers can hold.
/// </para>
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
    private readonly AdmissionGate admission = new(
        () => counters.InFlight,
        counters.AddAccepted,
        options.Value.MaxInFlightEvents,
        options.Value.AdmissionWait,
        TimeProvider.System);

    /// <summary>Events accepted and not yet applied, cluster-wide (approximately, between status reports).</summary>
    public long InFlight => counters.InFlight;

    public long MaxInFlight => options.Value.MaxInFlightEvents;

    /// <summary>How long a request waits for room before it is refused.</summary>
    public TimeSpan AdmissionWait => options.Value.AdmissionWait;

    /// <summary>True when accepted events are written to the durable log before they are acknowledged.</summary>
    public bool Durable => durable is not null;

    /// <summary>
    /// Takes all of <paramref name="events"/> or none of them. When the in-flight budget is spent it
    /// waits up to <see cref="PipelineOptions.AdmissionWaitMilliseconds"/> for room before answering
    /// <see cref="IngestAdmission.Saturated"/>. With durable storage it completes once they are in the
    /// log, or with <see cref="IngestAdmission.StorageUnavailable"/> when the log could not be written
    /// (then nothing of them was taken).
    /// </summary>
    public async Task<IngestAdmission> AcceptAsync(IReadOnlyList<MentionEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return IngestAdmission.Accepted;
        }
        if (!await admission.AdmitAsync(events.Count, cancellationToken).ConfigureAwait(false))
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
        var pumps = buffers.Select((buffer, partition) => PumpAsync(
            buffer.Reader,
            cluster.GetGrain<IPostPartitionGrain>(partition),
            partition,
            stoppingToken));
        return Task.WhenAll(pumps);
    }

    private async Task PumpAsync(ChannelReader<MentionEvent> reader, IPostPartitionGrain consumer, int partition, CancellationToken stoppingToken)
    {
        var maxBatch = options.Value.MaxEventsPerBatch;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                var batch = new List<MentionEvent>(maxBatch);
                while (batch.Count < maxBatch && reader.TryRead(out var mention))
                {
                    batch.Add(mention);
                }
                await PushAsync(consumer, batch, partition, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: events still buffered here are lost with the process, like everything
            // else in memory; a durable ingest log is what closes that gap.
        }
    }

    private async Task PushAsync(IPostPartitionGrain consumer, List<MentionEvent> batch, int partition, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await consumer.ApplyEventsAsync(batch).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Never drop what was accepted: wait (silo starting, partition moving after a silo
                // died) and hand over the same batch again. A call that timed out after the partition
                // applied it is applied twice: in memory, delivery is at least once.
                if (attempt == 1 || attempt % 50 == 0)
                {
                    logger.LogWarning(e, "Handing {Count} events to partition {Partition} failed (attempt {Attempt}); retrying", batch.Count, partition, attempt);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 20 * attempt)), stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
