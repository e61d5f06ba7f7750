using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;
using Streams.Abstractions.Pipeline;
using Streams.Domain.Ingest;
using Streams.Grains.Brands;
using Streams.Grains.Hosting;
using Streams.Grains.Pipeline;
using Streams.Silo.Hosting;
using Streams.Silo.Ingest;

namespace Streams.IntegrationTests.Infrastructure;

/// <summary>
/// A real Orleans cluster (in-process test silos) configured exactly like the host: the same
/// streams, grains and ingest pipeline. Tests feed it NDJSON through the real parser and ingest
/// pipeline and read grain state back through the cluster client.
/// </summary>
public sealed class StreamsCluster : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Streams:Partitions"] = "4",
        ["Streams:FlushIntervalMilliseconds"] = "50",
        ["Streams:CatalogRefreshMilliseconds"] = "200",
    };

    public StreamsCluster()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
            silo.AddStreamsPipeline(configuration, singleSilo: true);
            silo.Services.AddStreamsIngest();
        });
        Cluster = builder.Build();
    }

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    private IServiceProvider Silo => Cluster.Silos[0].ServiceProvider;

    public async ValueTask InitializeAsync() => await Cluster.DeployAsync();

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>Registers a brand and waits until every silo matches with it.</summary>
    public Task RegisterBrandAsync(BrandConfig brand) => RegisterBrandAsync(Cluster, brand);

    /// <summary>Registers a brand in any test cluster and waits until every silo matches with it.</summary>
    public static async Task RegisterBrandAsync(InProcessTestCluster cluster, BrandConfig brand)
    {
        await cluster.Client.GetGrain<IBrandRegistryGrain>(0).UpsertAsync(brand);
        foreach (var silo in cluster.Silos)
        {
            await silo.ServiceProvider.GetRequiredService<BrandCatalogCache>().RefreshAsync();
        }
    }

    /// <summary>Parses and ingests NDJSON through the real pipeline; every line must be valid.</summary>
    public async Task<int> IngestAsync(string ndjson)
    {
        var parsed = await NdjsonIngestReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(ndjson)), IngestLimits.Default, CancellationToken.None);
        Assert.Empty(parsed.Rejected);
        var pipeline = Silo.GetRequiredService<IngestPipeline>();
        while (await pipeline.AcceptAsync(parsed.Accepted) != IngestAdmission.Accepted)
        {
            await Task.Delay(50);
        }
        return parsed.Accepted.Count;
    }

    /// <summary>Waits until everything accepted has been applied and nothing derived from it is in flight.</summary>
    public async Task<PipelineTotals> WaitSettledAsync(TimeSpan? timeout = null)
    {
        var reporter = Silo.GetRequiredService<PipelineStatusReporter>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var settledInARow = 0;
        while (true)
        {
            var totals = await reporter.ReportAsync();
            // Twice in a row: a signal sent by a flush that just finished makes its target pending.
            settledInARow = totals.Settled ? settledInARow + 1 : 0;
            if (settledInARow >= 2)
            {
                return totals;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Pipeline did not settle: {totals}");
            }
            await Task.Delay(30);
        }
    }

    public Task<IReadOnlyList<Escalation>> EscalationsAsync(string brandId, EscalationStatus? status = null, bool includeWithdrawn = false) =>
        Grains.GetGrain<IBrandGrain>(brandId).GetEscalationsAsync(status, includeWithdrawn);

    public Task<BrandStats> StatsAsync(string brandId) => Grains.GetGrain<IBrandGrain>(brandId).GetStatsAsync();
}
