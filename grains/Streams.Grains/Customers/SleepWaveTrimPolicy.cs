namespace Streams.Grains.Customers;

/// <summary>
/// When to give memory back after customers fell asleep: once a wave of at least
/// <see cref="MinimumSleepers"/> has ended (nobody fell asleep over the last <see cref="QuietChecks"/> checks), while the
/// process is over its memory threshold, and not more often than <see cref="MinimumInterval"/>.
/// Plain and clock-free so the rule is tested on its own.
/// </summary>
/// <remarks>
/// Waiting for the wave to end means one collection per wave, after all of its activations are gone,
/// rather than one that frees a part and blocks the next one for the interval. One quiet check was
/// not enough: a collection pass over a million activations can stall for ten seconds, and a trim
/// at 75% of the wave paused the silo 7.5 s for little gain.
/// </remarks>
public sealed class SleepWaveTrimPolicy(long minimumSleepers, TimeSpan minimumInterval)
{
    /// <summary>Consecutive checks with nobody new asleep that make a wave count as ended.</summary>
    public const int QuietChecks = 2;

    private long sleptAtLastTrim;
    private long sleptAtLastCheck;
    private int quietChecks;
    private DateTimeOffset? lastTrim;

    public long MinimumSleepers { get; } = minimumSleepers > 0
        ? minimumSleepers
        : throw new ArgumentOutOfRangeException(nameof(minimumSleepers), minimumSleepers, "Must be positive.");

    public TimeSpan MinimumInterval { get; } = minimumInterval;

    /// <summary>
    /// Given the silo's running count of customers that fell asleep and whether the process is over its
    /// memory threshold, says whether to trim now (and then counts it as done).
    /// </summary>
    public bool ShouldTrim(long fellAsleep, bool overThreshold, DateTimeOffset now)
    {
        quietChecks = fellAsleep == sleptAtLastCheck ? quietChecks + 1 : 0;
        sleptAtLastCheck = fellAsleep;
        var waveEnded = quietChecks >= QuietChecks;
        if (!waveEnded || !overThreshold || fellAsleep - sleptAtLastTrim < MinimumSleepers || now - lastTrim < MinimumInterval)
        {
            return false;
        }
        sleptAtLastTrim = fellAsleep;
        lastTrim = now;
        return true;
    }
}
