namespace Streams.Grains.Log;

/// <summary>A row to append to one partition's log.</summary>
public readonly record struct LogAppend(int Partition, PartitionLogEntry Entry);
