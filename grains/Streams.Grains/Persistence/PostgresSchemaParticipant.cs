using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Streams.Grains.Persistence;

/// <summary>
/// Applies the schema at the very first silo lifecycle stage, before the membership table and the
/// storage providers read their queries from it.
/// </summary>
public sealed partial class PostgresSchemaParticipant(string connectionString, ILogger<PostgresSchemaParticipant> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresSchemaParticipant), ServiceLifecycleStage.First, async cancellationToken =>
        {
            var applied = await PostgresSchemaInstaller.EnsureAsync(connectionString, cancellationToken);
            LogSchema(applied ? "applied" : "already present", PostgresSchemaInstaller.SchemaVersion);
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL schema {Outcome} (version {Version}).")]
    private partial void LogSchema(string outcome, int version);
}
