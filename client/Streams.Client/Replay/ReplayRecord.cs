namespace Streams.Client.Replay;

/// <summary>One event to replay: its source line, its event time when known (for pacing), and its JSON line.</summary>
public sealed record ReplayRecord(long SourceLine, DateTime? CreatedAt, byte[] Utf8Json);
