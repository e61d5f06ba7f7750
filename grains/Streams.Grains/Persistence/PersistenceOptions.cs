namespace Streams.Grains.Persistence;

/// <summary>
/// Where grain state and cluster membership live (configuration section <c>Streams</c>, plus
/// <c>ConnectionStrings:Postgres</c>). The defaults keep the embedded, install-nothing silo.
/// </summary>
public sealed class PersistenceOptions
{
    public const string Section = "Streams";
    public const string Memory = "memory";
    public const string Localhost = "localhost";
    public const string Postgres = "postgres";
    public const string ConnectionStringName = "Postgres";

    /// <summary><c>memory</c> (default) or <c>postgres</c>: grain storage providers "streams" and "PubSubStore".</summary>
    public string Storage { get; set; } = Memory;

    /// <summary><c>localhost</c> (default) or <c>postgres</c>: cluster membership.</summary>
    public string Clustering { get; set; } = Localhost;

    /// <summary>How often a brand or customer grain with unsaved changes writes its checkpoint (durable storage only).</summary>
    public double CheckpointSeconds { get; set; } = 30;

    /// <summary>
    /// A customer grain idle this long is deactivated: with durable storage its checkpoint is written first;
    /// in a single in-memory silo its profile is kept compressed in the silo's memory (<see cref="Customers.DormantCustomers"/>).
    /// </summary>
    public double CustomerIdleMinutes { get; set; } = 10;

    /// <summary>
    /// In a single in-memory silo, when a wave of sleeping customers has ended and the process's working set is
    /// above this many megabytes, one aggressive garbage collection returns their memory to the operating
    /// system (<see cref="Customers.SleepWaveTrimmer"/>; it pauses the silo for a few seconds). Unset: half of
    /// the memory available to the process; 0: never.
    /// </summary>
    public long? TrimAboveMegabytes { get; set; }

    public bool DurableStorage => string.Equals(Storage, Postgres, StringComparison.OrdinalIgnoreCase);

    public bool PostgresClustering => string.Equals(Clustering, Postgres, StringComparison.OrdinalIgnoreCase);

    public TimeSpan CheckpointInterval => TimeSpan.FromSeconds(CheckpointSeconds);
}
