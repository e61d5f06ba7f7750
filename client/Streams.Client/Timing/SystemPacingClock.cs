using System.Diagnostics;

namespace Streams.Client.Timing;

public sealed class SystemPacingClock : IPacingClock
{
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startTimestamp);

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, cancellationToken);
}
