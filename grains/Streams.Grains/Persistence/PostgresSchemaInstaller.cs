using Npgsql;

namespace Streams.Grains.Persistence;

/// <summary>
/// Applies <c>PostgresSchema.sql</c> (an embedded resource) when the database does not have this
/// version of it yet. Silos starting together serialise on a transaction-scoped advisory lock: the
/// first applies the script, the others then find the version row and do nothing. Without the lock,
/// two concurrent <c>CREATE TABLE IF NOT EXISTS</c> can still collide on PostgreSQL's catalog.
/// </summary>
public static class PostgresSchemaInstaller
{
    /// <summary>Raise when the script changes: databases at a lower version get the script again (it is idempotent).</summary>
    public const int SchemaVersion = 2;

    /// <summary>An arbitrary constant naming this schema's advisory lock ("Streams" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x53747265616D73;

    private const string ResourceName = "Streams.Grains.Persistence.PostgresSchema.sql";

    /// <summary>True when the schema was applied by this call, false when it was already there.</summary>
    public static async Task<bool> EnsureAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS streams_schema (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            cancellationToken);
        await using (var read = new NpgsqlCommand("SELECT version FROM streams_schema WHERE id = 1", connection, transaction))
        {
            if (await read.ExecuteScalarAsync(cancellationToken) is int applied && applied >= SchemaVersion)
            {
                await transaction.CommitAsync(cancellationToken);
                return false;
            }
        }
        await ExecuteAsync(connection, transaction, Script(), cancellationToken);
        await ExecuteAsync(connection, transaction,
            $"INSERT INTO streams_schema (id, version) VALUES (1, {SchemaVersion}) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, applied_at = now()",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The schema script shipped in this assembly.</summary>
    public static string Script()
    {
        using var stream = typeof(PostgresSchemaInstaller).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
