using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests.Infrastructure;

/// <summary>The real host (silo and HTTP API in one process, as users start it) on free loopback ports.</summary>
public sealed class StreamsHostFixture : IAsyncLifetime
{
    public const string AdminKey = "test-admin-key";
    public const string IngestKey = "test-ingest-key";
    public const string ReadBrandAKey = "test-read-acl-a";
    public const string ReadBrandBKey = "test-read-acl-b";
    public const string BrandA = "acl-a";
    public const string BrandB = "acl-b";

    private WebApplication? app;

    /// <summary>Sends the admin key with every request.</summary>
    public HttpClient Http { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    /// <summary>Everything the host logged from ASP.NET Core and Streams categories, down to Debug.</summary>
    public CapturedLogs Logs { get; } = new();

    public async ValueTask InitializeAsync()
    {
        app = StreamsHost.Build([
            "--urls", "http://127.0.0.1:0",
            "--Streams:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Streams:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Streams:FlushIntervalMilliseconds", "50",
            "--Logging:LogLevel:Default", "Warning",
            "--STREAMS_ADMIN_KEY", AdminKey,
            "--Streams:ApiKeys:0:Key", IngestKey,
            "--Streams:ApiKeys:0:Scopes:0", "ingest",
            "--Streams:ApiKeys:1:Key", ReadBrandAKey,
            "--Streams:ApiKeys:1:Scopes:0", "read",
            "--Streams:ApiKeys:1:Brands:0", BrandA,
            "--Streams:ApiKeys:2:Key", ReadBrandBKey,
            "--Streams:ApiKeys:2:Scopes:0", "read",
            "--Streams:ApiKeys:2:Brands:0", BrandB,
        ], builder =>
        {
            builder.Logging.AddProvider(Logs);
            builder.Logging.AddFilter<CapturedLogs>("Microsoft.AspNetCore", LogLevel.Debug);
            builder.Logging.AddFilter<CapturedLogs>("Streams", LogLevel.Debug);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Http = Client(AdminKey);
    }

    /// <summary>A client that sends <paramref name="apiKey"/> as X-Api-Key, or no key at all.</summary>
    public HttpClient Client(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
