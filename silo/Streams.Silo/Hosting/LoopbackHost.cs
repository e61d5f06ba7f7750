using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Streams.Silo.Hosting;

/// <summary>
/// The real host on 127.0.0.1 with free HTTP, silo and gateway ports, as the tests and the load
/// benchmark start it next to whatever else runs on the machine.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private LoopbackHost(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    /// <summary>The HTTP address the host is bound to.</summary>
    public Uri Address { get; }

    public IServiceProvider Services => App.Services;

    /// <param name="args">Further command-line settings; they win over the port settings made here.</param>
    public static async Task<LoopbackHost> StartAsync(IEnumerable<string> args, Action<WebApplicationBuilder>? customize = null)
    {
        var app = StreamsHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Streams:SiloPort", FreePort().ToString(CultureInfo.InvariantCulture),
            "--Streams:GatewayPort", FreePort().ToString(CultureInfo.InvariantCulture),
            .. args,
        ], customize);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackHost(app, new Uri(address));
    }

    /// <summary>A TCP port free on the loopback interface right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A graceful stop: grains deactivate and write their last checkpoints.</summary>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
