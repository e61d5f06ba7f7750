namespace Streams.Grains.Pipeline;

/// <summary>Settings of the mention pipeline (configuration section <c>Streams</c>). Defaults suit one 2-core machine.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Streams";

    /// <summary>Partitions of the firehose: each has one consumer grain that owns the posts hashing to it.</summary>
    public int Partitions { get; set; } = 8;

    /// <summary>
    /// How often a partition pushes its coalesced brand and customer updates. Raised escalations and changes of
    /// severity or status do not wait for it (see EscalationFeedIntervalMilliseconds); brand and customer statistics and score-only
    /// refinements do. A second instead of 200 ms gave 9-11% more events/s at saturation in alternated load runs
    /// (2026-12-01), but a slower tail below it (p99 at 60,000 events/s 1.2-2.2 s instead of 0.6-1.4 s): a
    /// partition awaiting a bigger flush holds back the events, and the escalations, queued behind it. Measured
    /// before escalations got a timer of their own.
    /// </summary>
    public int FlushIntervalMilliseconds { get; set; } = 200;

    /// <summary>
    /// How often a partition sends the escalations raised or changed in severity or status to the live feed, without
    /// waiting for its flush (their brands get them with the flush). Each send is one message on the feed's single
    /// stream queue: per escalation, that queue fell 15-30 s behind at saturation (2026-12-01).
    /// </summary>
    public int EscalationFeedIntervalMilliseconds { get; set; } = 50;

    /// <summary>A partition flushes early when this many events are waiting, to bound memory and latency.</summary>
    public int MaxEventsPerFlush { get; set; } = 20_000;

    /// <summary>
    /// Events accepted and not yet applied and fanned out, cluster-wide, beyond which a request waits for room
    /// (<see cref="AdmissionWaitMilliseconds"/>) and then gets 503. Every event in flight is parsed and alive at each
    /// garbage collection, and a saturated silo runs with its budget full: 60,000 instead of 250,000 took as many
    /// events/s at max and cut the escalation p99 there from 5-6 s to 1.3 s (2026-12-01). Smaller budgets only
    /// worked once requests waited for room: refused clients wait out a whole second of Retry-After.
    /// </summary>
    public long MaxInFlightEvents { get; set; } = 60_000;

    /// <summary>
    /// How long a request that finds <see cref="MaxInFlightEvents"/> spent waits for room before ingest answers 503.
    /// Long enough for the partitions to apply a few batches; short against a client's request timeout.
    /// </summary>
    public int AdmissionWaitMilliseconds { get; set; } = 2_000;

    /// <summary>Most events ingest hands a partition in one call. Large batches amortise the per-call cost.</summary>
    public int MaxEventsPerBatch { get; set; } = 512;

    /// <summary>Posts with no event for this long (event time) and no open escalation are forgotten.</summary>
    public double PostRetentionHours { get; set; } = 48;

    /// <summary>
    /// How far ahead of the server's clock an ingested event's <c>createdAt</c> may be. A partition's event time is
    /// the latest it has seen, and posts quiet for <see cref="PostRetentionHours"/> before it are forgotten: one
    /// event dated years ahead would forget them all. An hour allows for sources' clock skew and for a load test
    /// whose generator runs ahead of real time.
    /// </summary>
    public double MaxEventAheadMinutes { get; set; } = 60;

    /// <summary>How often each silo refreshes its compiled brand catalog from the registry.</summary>
    public int CatalogRefreshMilliseconds { get; set; } = 500;

    public TimeSpan FlushInterval => TimeSpan.FromMilliseconds(FlushIntervalMilliseconds);

    public TimeSpan AdmissionWait => TimeSpan.FromMilliseconds(AdmissionWaitMilliseconds);

    public TimeSpan EscalationFeedInterval => TimeSpan.FromMilliseconds(EscalationFeedIntervalMilliseconds);
}
