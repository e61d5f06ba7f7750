namespace Streams.Client.Ingest;

/// <summary>A rejected event, located in the source (file line, or event number for the generator).</summary>
public sealed record RejectedLine(long SourceLine, string Error);
