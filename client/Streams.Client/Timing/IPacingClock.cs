namespace Streams.Client.Timing;

/// <summary>
/// Monotonic time and waiting, injected so pacing and retry logic can be tested without sleeping.
/// </summary>
public interface IPacingClock
{
    /// <summary>Time since the clock was created.</summary>
    TimeSpan Elapsed { get; }

    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}
