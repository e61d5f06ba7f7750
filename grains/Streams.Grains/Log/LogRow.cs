namespace Streams.Grains.Log;

/// <summary>A row read back from a partition's log.</summary>
public readonly record struct LogRow(long Seq, PartitionLogEntry Entry);
