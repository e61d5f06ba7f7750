using Microsoft.Extensions.Configuration;

namespace Streams.Grains.Persistence;

/// <summary>Reads and checks <see cref="PersistenceOptions"/> once, so that a typo fails the start instead of silently running in memory.</summary>
public static class PersistenceSettings
{
    public static PersistenceOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();
        if (!options.DurableStorage && !string.Equals(options.Storage, PersistenceOptions.Memory, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Streams:Storage must be '{PersistenceOptions.Memory}' or '{PersistenceOptions.Postgres}' (got '{options.Storage}').");
        }
        if (!options.PostgresClustering && !string.Equals(options.Clustering, PersistenceOptions.Localhost, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Streams:Clustering must be '{PersistenceOptions.Localhost}' or '{PersistenceOptions.Postgres}' (got '{options.Clustering}').");
        }
        if (options.CheckpointSeconds <= 0 || options.CustomerIdleMinutes <= 0)
        {
            throw new InvalidOperationException("Streams:CheckpointSeconds and Streams:CustomerIdleMinutes must be positive.");
        }
        return options;
    }

    /// <summary><c>ConnectionStrings:Postgres</c>; required as soon as anything is on PostgreSQL.</summary>
    public static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(PersistenceOptions.ConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException("ConnectionStrings:Postgres is required when Streams:Storage or Streams:Clustering is 'postgres'.");
}
