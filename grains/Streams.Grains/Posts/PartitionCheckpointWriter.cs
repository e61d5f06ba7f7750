using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Domain.Delivery;
using Streams.Domain.Partitioning;
using Streams.Grains.Log;

namespace Streams.Grains.Posts;

/// <summary>
/// Durable storage: writes a partition's checkpoint (its posts, how far it applied what other
/// partitions sent it, the copies its targets have not confirmed) as grain state, at most once per
/// interval, then cuts the log entries it includes.
/// </summary>
/// <remarks>
/// Taking the snapshot is quick and must see the posts as of one log position, so it happens in the
/// grain's turn; the snapshot shares nothing mutable with the engine, so compressing and writing it
/// (most of the time, about half a second per 100,000 posts) happen while the partition goes on.
/// One write at a time: grain storage checks versions.
/// </remarks>
public sealed class PartitionCheckpointWriter(
    int partition,
    IPersistentState<PartitionGrainState> state,
    IngestLog log,
    Serializer serializer,
    TimeSpan interval,
    TimeProvider clock,
    ILogger logger)
{
    private DateTime lastStartedAt = clock.GetUtcNow().UtcDateTime;
    private Task? writing;

    /// <summary>The log entry the last stored checkpoint includes.</summary>
    public long Checkpointed { get; private set; } = state.State.AppliedSeq;

    /// <summary>Starts a checkpoint at <paramref name="applied"/> if one is due and none is being written.</summary>
    public void StartIfDue(long applied, PartitionEngine engine, DeliveryMarks inbound, PartitionFanOut fanOut, bool force = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (applied == Checkpointed || writing is { IsCompleted: false } || (!force && now - lastStartedAt < interval))
        {
            return;
        }
        lastStartedAt = now;
        writing = WriteAsync(
            applied,
            engine.Snapshot(),
            inbound.Snapshot(),
            [.. fanOut.BrandCopies.Snapshot().Select(c => new StoredCopy<BrandUpdate>(c.Target, c.Range, c.Update, c.SentAt))],
            [.. fanOut.CustomerCopies.Snapshot().Select(c => new StoredCopy<CustomerUpdate>(c.Target, c.Range, c.Update, c.SentAt))]);
    }

    /// <summary>Completes when no checkpoint is being written.</summary>
    public Task WaitAsync() => writing ?? Task.CompletedTask;

    private async Task WriteAsync(
        long position, PartitionEngineSnapshot posts, long[] inboundMarks,
        StoredCopy<BrandUpdate>[] brandCopies, StoredCopy<CustomerUpdate>[] customerCopies)
    {
        try
        {
            var payload = await Task.Run(() => serializer.SerializeToArray(
                new PartitionCheckpoint(PartitionSnapshotCodec.Serialize(posts), inboundMarks, brandCopies, customerCopies)));
            state.State = new PartitionGrainState { AppliedSeq = position, Checkpoint = payload };
            await state.WriteStateAsync();
            Checkpointed = position;
            // After the checkpoint, never before: a crash in between only leaves entries a replay skips.
            await log.CutAsync(partition, position);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Partition {Partition} could not write its checkpoint at entry {Applied}; retrying at the next interval", partition, position);
        }
    }
}
