using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Streams.Silo.Hosting;

namespace Streams.Benchmarks.Load;

/// <summary>The silo under load: started in this process on free ports, or a running one at <c>--url</c>.</summary>
public sealed class LoadTarget : IAsyncDisposable
{
    private readonly WebApplication? app;

    private LoadTarget(Uri url, WebApplication? app)
    {
        Url = url;
        this.app = app;
    }

    public Uri Url { get; }

    /// <summary>True when the silo runs in this process, so its memory and GC can be measured.</summary>
    public bool InProcess => app is not null;

    public static async Task<LoadTarget> StartAsync(LoadOptions options)
    {
        if (options.Url is { } url)
        {
            return new LoadTarget(url, null);
        }
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            "--Streams:SiloPort", FreePort(),
            "--Streams:GatewayPort", FreePort(),
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning",
        };
        if (options.Partitions is { } partitions)
        {
            args.AddRange(["--Streams:Partitions", partitions.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        var app = StreamsHost.Build([.. args]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoadTarget(new Uri(address), app);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
