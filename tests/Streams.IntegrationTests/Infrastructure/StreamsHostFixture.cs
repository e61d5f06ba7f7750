using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests.Infrastructure;

/// <summary>The real host (silo and HTTP API in one process, as users start it) on free loopback ports.</summary>
public sealed class StreamsHostFixture : IAsyncLifetime
{
    private WebApplication? app;

    public HttpClient Http { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        app = StreamsHost.Build([
            "--urls", "http://127.0.0.1:0",
            "--Streams:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Streams:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Streams:FlushIntervalMilliseconds", "50",
            "--Logging:LogLevel:Default", "Warning",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
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
