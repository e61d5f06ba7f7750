using Microsoft.Extensions.DependencyInjection;
using Streams.Silo.Hosting;

namespace Streams.Benchmarks.Load;

/// <summary>The silo under load: started in this process on free ports, or a running one at <c>--url</c>.</summary>
public sealed class LoadTarget : IAsyncDisposable
{
    private readonly LoopbackHost? app;

    private LoadTarget(Uri url, LoopbackHost? app, string? apiKey)
    {
        Url = url;
        this.app = app;
        ApiKey = apiKey;
    }

    public Uri Url { get; }

    /// <summary>The admin key to call the silo with: the one given, or one made up for an in-process silo.</summary>
    public string? ApiKey { get; }

    /// <summary>True when the silo runs in this process, so its memory and GC can be measured.</summary>
    public bool InProcess => app is not null;

    public static async Task<LoadTarget> StartAsync(LoadOptions options)
    {
        if (options.Url is { } url)
        {
            return new LoadTarget(url, null, options.ApiKey);
        }
        var apiKey = options.ApiKey ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var args = new List<string>
        {
            "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning",
            // One line per memory trim after customers fell asleep, with its pause.
            "--Logging:LogLevel:Streams.Grains.Customers.SleepWaveTrimmer", "Information",
            "--Streams:ApiKeys:0:Key", apiKey,
            "--Streams:ApiKeys:0:Scopes:0", "admin",
        };
        void Set(string key, IFormattable? value)
        {
            if (value is not null)
            {
                args.AddRange([$"--Streams:{key}", value.ToString(null, System.Globalization.CultureInfo.InvariantCulture)]);
            }
        }
        Set("Partitions", options.Partitions);
        Set("MaxInFlightEvents", options.MaxInFlight);
        Set("CheckpointSeconds", options.CheckpointSeconds);
        Set("CustomerIdleMinutes", options.CustomerIdleMinutes);
        Set("TrimAboveMegabytes", options.TrimAboveMegabytes);
        if (options.Postgres is { } postgres)
        {
            args.AddRange(["--Streams:Storage", "postgres", "--ConnectionStrings:Postgres", postgres]);
        }
        var host = await LoopbackHost.StartAsync(args);
        return new LoadTarget(host.Address, host, apiKey);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
