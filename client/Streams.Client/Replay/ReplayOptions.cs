namespace Streams.Client.Replay;

/// <summary>
/// <paramref name="Speed"/>: replay at N times event time, or null to send as fast as the silo accepts.
/// <paramref name="FlushInterval"/>: in paced mode, the longest a read line waits in a partly filled batch.
/// </summary>
public sealed record ReplayOptions(double? Speed, int BatchSize, TimeSpan FlushInterval)
{
    public const int DefaultBatchSize = 2_000;

    public static readonly TimeSpan DefaultFlushInterval = TimeSpan.FromMilliseconds(100);
}
