using Microsoft.Extensions.Logging;

namespace Streams.Grains.Persistence;

/// <summary>
/// Coalesced persistence for a grain whose state changes on every call: changes only mark the state
/// dirty; a grain timer writes one snapshot per interval when dirty, and deactivation writes the
/// last one. A failed write keeps the state dirty, so the next tick retries. What changed since the
/// last checkpoint is lost with the silo; the partitions keep copies of what they sent until
/// <paramref name="written"/> tells them the checkpoint includes it, and send those again.
/// </summary>
/// <remarks>
/// The write interleaves with the grain's calls: the snapshot is captured first and is a copy, so
/// updates arriving during the write only mark the state dirty again. Blocking them instead would
/// stall every partition sending to the grain for as long as the database takes, which under load
/// is seconds. Writes never overlap: the storage checks versions, and a second concurrent write
/// would conflict.
/// </remarks>
/// <param name="written">Runs after each successful write, with the state that was written.</param>
public sealed partial class StateCheckpointer<TState>(
    Grain grain, IPersistentState<TState> state, Func<TState> capture, TimeSpan interval, ILogger logger, Action<TState>? written = null)
{
    private bool dirty;
    private IGrainTimer? timer;
    private Task? writing;

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
        state.State = captured;
        dirty = false;
        try
        {
            await state.WriteStateAsync();
            written?.Invoke(captured);
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
