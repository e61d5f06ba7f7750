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

    private LoopbackHost? host;

    /// <summary>Sends the admin key with every request.</summary>
    public HttpClient Http { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => host!.Services;

    /// <summary>Everything the host logged from ASP.NET Core and Streams categories, down to Debug.</summary>
    public CapturedLogs Logs { get; } = new();

    public async ValueTask InitializeAsync()
    {
        host = await LoopbackHost.StartAsync([
            "--Streams:FlushIntervalMilliseconds", "50",
            "--Streams:OrleansDashboard", "true", // Off by default; AccessTests checks who may see it.
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
        BaseAddress = host.Address;
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
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
