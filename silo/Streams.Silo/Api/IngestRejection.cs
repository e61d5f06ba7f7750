namespace Streams.Silo.Api;

/// <summary>A line of the request body that was not accepted: its 1-based line number and why.</summary>
public sealed record IngestRejection(int Line, string Error);
