using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Posts;
using Streams.Domain.Ingest;
using Streams.Grains.Brands;
using Streams.Grains.Hosting;
using Streams.Grains.Log;
using Streams.Silo.Hosting;
using Streams.IntegrationTests.Infrastructure;
using Streams.Silo.Ingest;

namespace Streams.IntegrationTests.Persistence;

/// <summary>
/// A real multi-silo Orleans cluster (in-process test silos) with grain state and the ingest log on
/// a real PostgreSQL, configured like the host. Ingest goes through one silo's pipeline
/// (<see cref="IngestSilo"/>), which a test must not kill.
/// </summary>
public sealed class DurableCluster : IAsyncDisposable
{
    public const int Partitions = 4;

    private DurableCluster(InProcessTestCluster cluster) => Cluster = cluster;

    public InProcessTestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The silo whose ingest pipeline the test feeds.</summary>
    public InProcessSiloHandle IngestSilo { get; set; } = null!;

    private IServiceProvider FirstSilo => IngestSilo.ServiceProvider;

    public static async Task<DurableCluster> StartAsync(string connectionString, int silos)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Streams:Partitions"] = Partitions.ToString(CultureInfo.InvariantCulture),
            ["Streams:FlushIntervalMilliseconds"] = "50",
            ["Streams:CatalogRefreshMilliseconds"] = "200",
            ["Streams:Storage"] = "postgres",
            ["Streams:CheckpointSeconds"] = "1",
            ["ConnectionStrings:Postgres"] = connectionString,
        };
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) =>
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            silo.AddStreamsPipeline(configuration);
            silo.Services.AddStreamsIngest();
            // A call to a killed silo fails once membership declares it dead; do not wait longer than that.
            silo.Services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
        });
        var cluster = new DurableCluster(builder.Build());
        await cluster.Cluster.DeployAsync();
        cluster.IngestSilo = cluster.Cluster.Silos[0];
        return cluster;
    }

    public Task RegisterBrandAsync(BrandConfig brand) => StreamsCluster.RegisterBrandAsync(Cluster, brand);

    /// <summary>Parses NDJSON and offers it to the first silo's ingest; returns what ingest answered.</summary>
    public async Task<IngestAdmission> TryIngestAsync(string ndjson)
    {
        var parsed = await NdjsonIngestReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(ndjson)), IngestLimits.Default, CancellationToken.None);
        Assert.Empty(parsed.Rejected);
        return await FirstSilo.GetRequiredService<IngestPipeline>().AcceptAsync(parsed.Accepted);
    }

    /// <summary>Ingests NDJSON, retrying while ingest is saturated.</summary>
    public async Task IngestAsync(string ndjson)
    {
        while (true)
        {
            var admission = await TryIngestAsync(ndjson);
            if (admission == IngestAdmission.Accepted)
            {
                return;
            }
            Assert.Equal(IngestAdmission.Saturated, admission);
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Waits until every partition has applied its whole log, owes nothing, and every brand and
    /// customer has checkpointed what it was sent (so a target that restarted has been found and
    /// sent its copies again), three times in a row.
    /// </summary>
    public async Task WaitSettledAsync(TimeSpan timeout)
    {
        var log = FirstSilo.GetRequiredService<IngestLog>();
        var deadline = DateTime.UtcNow + timeout;
        var settledInARow = 0;
        var last = "";
        while (settledInARow < 3)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The partitions did not catch up with their logs: {last}");
            }
            await Task.Delay(200);
            var settled = true;
            var states = new List<string>();
            try
            {
                for (var partition = 0; partition < Partitions; partition++)
                {
                    var head = await log.HeadAsync(partition);
                    var progress = await Grains.GetGrain<IPostPartitionGrain>(partition).GetProgressAsync();
                    states.Add($"{partition}: {progress.Applied}/{head}{(progress.Pending ? " pending" : "")}, {progress.Unconfirmed} unconfirmed");
                    settled &= progress.Applied == head && !progress.Pending && progress.Unconfirmed == 0;
                }
            }
            catch (Exception e)
            {
                states.Add(e.GetType().Name);
                settled = false;
            }
            last = string.Join(", ", states);
            settledInARow = settled ? settledInARow + 1 : 0;
        }
    }

    /// <summary>Where every partition runs and what it replayed.</summary>
    public async Task<IReadOnlyList<PartitionProgress>> PartitionsAsync()
    {
        var progress = new List<PartitionProgress>();
        for (var partition = 0; partition < Partitions; partition++)
        {
            progress.Add(await Grains.GetGrain<IPostPartitionGrain>(partition).GetProgressAsync());
        }
        return progress;
    }

    public Task<BrandStats> StatsAsync(string brandId) => Grains.GetGrain<IBrandGrain>(brandId).GetStatsAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Cluster.StopAllSilosAsync();
        }
        finally
        {
            await Cluster.DisposeAsync();
        }
    }
}
