namespace Streams.Domain.Ingest;

/// <summary>A line of a batch that was not accepted, and why.</summary>
/// <param name="Line">1-based line number in the body, counting every line including blank ones.</param>
/// <param name="Error">Human-readable reason, safe to return to the client.</param>
public sealed record LineRejection(int Line, string Error);
