namespace Streams.Abstractions.Posts;

/// <summary>How far a partition is through its durable log, where it runs, and what it replayed when it last started.</summary>
/// <param name="Applied">The last log entry applied.</param>
/// <param name="Pending">Applied work not yet delivered (or a failed delivery waiting for the restart).</param>
/// <param name="Silo">The silo hosting the partition.</param>
/// <param name="RestoredAt">The log entry its checkpoint held when this activation started (0: none).</param>
/// <param name="ReplayedThrough">The log's last entry when this activation started: entries after <paramref name="RestoredAt"/> up to it were replayed.</param>
/// <param name="Unconfirmed">Updates sent to brands and customers whose checkpoints do not include them yet.</param>
[GenerateSerializer, Immutable]
public sealed record PartitionProgress(
    [property: Id(0)] long Applied,
    [property: Id(1)] bool Pending,
    [property: Id(2)] string Silo,
    [property: Id(3)] long RestoredAt,
    [property: Id(4)] long ReplayedThrough,
    [property: Id(5)] int Unconfirmed);
