using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Streams.IntegrationTests.Persistence;

/// <summary>
/// A throwaway PostgreSQL 15: initdb into a temporary directory, listening on a free port on
/// 127.0.0.1 only, with fsync off (the tests never survive a power cut), removed on dispose. initdb
/// refuses to run as root, so as root the server runs as the <c>postgres</c> user.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private string dataDirectory = null!;
    private string rootDirectory = null!;

    public int Port { get; private set; }

    public async ValueTask InitializeAsync()
    {
        rootDirectory = Directory.CreateTempSubdirectory("streams-pg-").FullName;
        dataDirectory = Path.Combine(rootDirectory, "data");
        if (RunsAsRoot)
        {
            await RunAsync("chown", $"postgres {rootDirectory}", asPostgres: false);
        }
        Port = Silo.Hosting.LoopbackHost.FreePort();
        await RunAsync(Path.Combine(BinDirectory, "initdb"), $"-D {dataDirectory} -U postgres -A trust -E UTF8 --no-sync", asPostgres: true);
        await StartAsync();
    }

    /// <summary>Starts the server (again, after <see cref="StopAsync"/>) on the same port and data.</summary>
    public async Task StartAsync()
    {
        var settings = string.Join(' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}", "-c listen_addresses=127.0.0.1", $"-c unix_socket_directories={rootDirectory}",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200");
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), $"-D {dataDirectory} -l {Path.Combine(rootDirectory, "server.log")} -w -t 60 -o \"{settings}\" start", asPostgres: true);
    }

    /// <summary>
    /// Stops the server, cutting every connection (fast mode). Not immediate mode: this throw-away
    /// server runs with synchronous_commit off, so a crash would lose commits it already
    /// acknowledged, which a production database (synchronous_commit on) does not.
    /// </summary>
    public async Task StopAsync()
    {
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), $"-D {dataDirectory} -m fast -w stop", asPostgres: true);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A new, empty database on this server.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50";

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), $"-D {dataDirectory} -m fast -w stop", asPostgres: true);
        }
        finally
        {
            Directory.Delete(rootDirectory, recursive: true);
        }
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string program, string arguments, bool asPostgres)
    {
        var start = asPostgres && RunsAsRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
