namespace Streams.Benchmarks.Load;

/// <summary>One ingest request: which generated events it carried, when it was first sent (Stopwatch ticks) and how many the silo accepted.</summary>
public readonly record struct SentRequest(long FirstEvent, int Count, long SentAt, long Accepted);
