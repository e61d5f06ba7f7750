using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Streams.IntegrationTests.Infrastructure;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests.Persistence;

/// <summary>The real host (as users start it) with its state and membership on PostgreSQL.</summary>
public sealed class DurableHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private DurableHost(WebApplication app, HttpClient http)
    {
        this.app = app;
        Http = http;
    }

    /// <summary>Sends the admin key with every request.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<DurableHost> StartAsync(string connectionString, double checkpointSeconds)
    {
        var app = StreamsHost.Build([
            "--urls", "http://127.0.0.1:0",
            "--Streams:SiloPort", FreePort(),
            "--Streams:GatewayPort", FreePort(),
            "--Streams:Storage", "postgres",
            "--Streams:Clustering", "postgres",
            "--ConnectionStrings:Postgres", connectionString,
            "--Streams:CheckpointSeconds", checkpointSeconds.ToString(CultureInfo.InvariantCulture),
            "--Streams:FlushIntervalMilliseconds", "50",
            "--Streams:OrleansDashboard", "false",
            "--Logging:LogLevel:Default", "Warning",
            "--STREAMS_ADMIN_KEY", StreamsHostFixture.AdminKey,
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", StreamsHostFixture.AdminKey);
        return new DurableHost(app, http);
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
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
