using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Streams.IntegrationTests.Infrastructure;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests.Persistence;

/// <summary>The real host (as users start it) with its state and membership on PostgreSQL.</summary>
public sealed class DurableHost : IAsyncDisposable
{
    private readonly LoopbackHost host;

    private DurableHost(LoopbackHost host, HttpClient http)
    {
        this.host = host;
        Http = http;
    }

    /// <summary>Sends the admin key with every request.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => host.Services;

    public static async Task<DurableHost> StartAsync(string connectionString, double checkpointSeconds)
    {
        var host = await LoopbackHost.StartAsync([
            "--Streams:Storage", "postgres",
            "--Streams:Clustering", "postgres",
            "--ConnectionStrings:Postgres", connectionString,
            "--Streams:CheckpointSeconds", checkpointSeconds.ToString(CultureInfo.InvariantCulture),
            "--Streams:FlushIntervalMilliseconds", "50",
            "--Streams:OrleansDashboard", "false",
            "--Logging:LogLevel:Default", "Warning",
            "--STREAMS_ADMIN_KEY", StreamsHostFixture.AdminKey,
        ]);
        var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", StreamsHostFixture.AdminKey);
        return new DurableHost(host, http);
    }

    public async Task WaitSettledAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < 600; i++)
        {
            var status = await Http.GetFromJsonAsync<JsonElement>("/api/status", cancellationToken);
            if (status.GetProperty("settled").GetBoolean())
            {
                return;
            }
            await Task.Delay(50, cancellationToken);
        }
        throw new TimeoutException("pipeline did not settle");
    }

    /// <summary>A graceful stop: grains deactivate, which writes their last checkpoint.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await host.DisposeAsync();
    }
}
