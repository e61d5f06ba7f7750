namespace Streams.Benchmarks.Load;

/// <summary>One ingest request: which generated events it carried and when it was first sent (Stopwatch ticks).</summary>
public readonly record struct SentRequest(long FirstEvent, int Count, long SentAt);
