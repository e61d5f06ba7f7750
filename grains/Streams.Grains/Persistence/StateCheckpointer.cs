using Microsoft.Extensions.Logging;
using Streams.Abstractions.Delivery;
using Streams.Domain.Delivery;

namespace Streams.Grains.Persistence;

/// <summary>
/// Coalesced persistence for a grain whose state changes on every call: changes only mark the state
/// dirty; a grain timer writes one snapshot per interval when dirty, and deactivation writes the
/// last one. A failed write keeps the state dirty, so the next tick retries. What changed since the
/// last checkpoint is lost with the silo; the partitions keep copies of what they sent until the
/// receipts of <see cref="Offer"/> say the checkpoint includes it, and send those again. The
/// delivery marks live here because they are only as durable as the checkpoint that stores them.
/// </summary>
/// <remarks>
/// The write interleaves with the grain's calls: the snapshot is captured first and is a copy, so
/// updates arriving during the write only mark the state dirty again. Blocking them instead would
/// stall every partition sending to the grain for as long as the database takes, which under load
/// is seconds. Writes never overlap: the storage checks versions, and a second concurrent write
/// would conflict.
/// </remarks>
/// <param name="capture">A copy of the grain's state; the delivery marks are added to it here.</param>
public sealed partial class StateCheckpointer<TState>(
    Grain grain, IPersistentState<TState> state, Func<TState> capture, TimeSpan interval, ILogger logger)
    where TState : IDeliveryMarkedState
{
    private readonly DeliveryLedger deliveries = new(state.State.DeliveryMarks);
    private bool dirty;
    private IGrainTimer? timer;
    private Task? writing;

    /// <summary>Whether to apply an update from a partition (then call <see cref="MarkDirty"/>), and the receipt to answer with.</summary>
    public DeliveryReceipt Offer(DeliveryRange? range) => deliveries.Offer(range);

    public void MarkDirty()
    {
        dirty = true;
        // Registered on the first change only: a grain that is only read never ticks.
        timer ??= grain.RegisterGrainTimer(_ => WriteAsync(), new GrainTimerCreationOptions(interval, interval) { Interleave = true, KeepAlive = false });
    }

    /// <summary>Writes a snapshot if anything changed since the last successful write.</summary>
    public async Task WriteAsync()
    {
        if (writing is { IsCompleted: false })
        {
            await writing;
        }
        if (!dirty)
        {
            return;
        }
        writing = WriteSnapshotAsync();
        await writing;
    }

    private async Task WriteSnapshotAsync()
    {
        var captured = capture();
        captured.DeliveryMarks = deliveries.Capture();
        state.State = captured;
        dirty = false;
        try
        {
            await state.WriteStateAsync();
            deliveries.Written(captured.DeliveryMarks);
        }
        catch (Exception exception)
        {
            dirty = true;
            LogWriteFailed(exception, grain.GetGrainId());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint of {GrainId} failed; retrying at the next interval.")]
    private partial void LogWriteFailed(Exception exception, GrainId grainId);
}
