namespace Streams.Benchmarks.Load;

/// <summary>
/// Escalation latency for the escalations whose triggering event was sent in one slice of the
/// measured run. A run's p99 alone hides whether its tail is spread out or one stall (a start-up
/// backlog draining, a long GC); the slices show which.
/// </summary>
/// <param name="FromSecond">Start of the slice, in seconds after the measured part began.</param>
public sealed record LatencyWindow(int FromSecond, int Escalations, double P50Ms, double P99Ms, double MaxMs);
