namespace Streams.Domain.Ingest;

/// <summary>
/// Decides whether a request's events may enter the pipeline: all of them or none, and only while
/// the events in flight stay within a budget. A request that finds the budget spent waits, up to a
/// bound, for the partitions to apply what is ahead of it, instead of being refused at once.
/// </summary>
/// <remarks>
/// <para>
/// Why wait rather than refuse at once: a refused client waits out its Retry-After (a second) before
/// it sends again. With a budget of a few tenths of a second of processing, the partitions would
/// run dry during that second; with a budget of several seconds, every event in flight is parsed
/// and alive at every garbage collection, which copies it from generation to generation. Holding
/// the few requests that find the budget spent (at most one per client connection) keeps the
/// partitions fed from a small budget: backpressure reaches the client as a slower response.
/// </para>
/// <para>
/// Waiting requests are served in order of arrival, and a new request does not take room while
/// another waits.
/// </para>
/// <para>
/// The wait polls rather than being woken by each applied batch: the in-flight count is cluster-wide
/// and also moves when another silo's status report arrives, and a poll every few milliseconds by a
/// handful of waiting requests costs nothing measurable.
/// </para>
/// </remarks>
/// <param name="inFlight">Events accepted and not yet applied, as the caller counts them.</param>
/// <param name="admit">Counts newly admitted events in flight; called under the gate's lock.</param>
public sealed class AdmissionGate(Func<long> inFlight, Action<long> admit, long maxInFlight, TimeSpan maxWait, TimeProvider clock)
{
    /// <summary>How often a waiting request looks again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    private readonly Lock gate = new();

    // Waiting requests go in one at a time, in the order they came (SemaphoreSlim queues async
    // waiters first come, first served). Without it, small requests arriving later could take every
    // bit of room a large waiting one needs until its wait ran out.
    private readonly SemaphoreSlim turnstile = new(1, 1);

    /// <summary>
    /// Admits <paramref name="count"/> events once they fit within the budget, waiting at most the
    /// gate's bound; false when they still do not fit then (nothing was admitted).
    /// </summary>
    public async ValueTask<bool> AdmitAsync(int count, CancellationToken cancellationToken)
    {
        // Nobody waiting: take the room at once if there is some.
        if (turnstile.CurrentCount > 0 && TryAdmit(count))
        {
            return true;
        }
        var started = clock.GetTimestamp();
        if (!await turnstile.WaitAsync(maxWait, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        try
        {
            while (!TryAdmit(count))
            {
                if (clock.GetElapsedTime(started) >= maxWait)
                {
                    return false;
                }
                await Task.Delay(PollInterval, clock, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }
        finally
        {
            turnstile.Release();
        }
    }

    private bool TryAdmit(int count)
    {
        lock (gate)
        {
            var current = inFlight();
            // A request larger than the whole budget is still let in when nothing is in flight, or
            // it could never be accepted at all.
            if (current + count > maxInFlight && current > 0)
            {
                return false;
            }
            admit(count);
            return true;
        }
    }
}
