using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Serialization;
using Orleans.Configuration;
using Orleans.Serialization.Configuration;
using Orleans.Hosting;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;
using Streams.Domain.Aggregation;
using Streams.Domain.Brands;
using Streams.Domain.Customers;
using Streams.Grains.Brands;
using Streams.Grains.Customers;
using Streams.Grains.Log;
using Streams.Grains.Persistence;
using Streams.Grains.Pipeline;
using Streams.Grains.Posts;

namespace Streams.Grains.Hosting;

/// <summary>
/// Everything a silo needs to run the Streams pipeline, in one place so that the host and the test
/// clusters configure silos identically.
/// </summary>
public static class StreamsSiloBuilderExtensions
{
    /// <summary>Adds grain storage, the escalation stream, and the per-silo pipeline services.</summary>
    /// <param name="singleSilo">
    /// The silo is the whole cluster (the embedded host on localhost clustering): with storage in memory,
    /// idle customers can then sleep in its memory (<see cref="DormantCustomers"/>). Left false, as for
    /// any cluster that may have several silos, an in-memory customer never deactivates, since it could
    /// wake on a silo that does not hold its profile.
    /// </param>
    public static ISiloBuilder AddStreamsPipeline(this ISiloBuilder silo, IConfiguration configuration, bool singleSilo = false)
    {
        silo.Services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineOptions.Section));

        AddStreamsStorage(silo, configuration, singleSilo);

        // Escalations are few; one queue suffices. Explicit subscriptions (each silo's live feed)
        // need the pub-sub store. The feed is one stream, and its messages are delivered one after
        // another, each a call through a silo that may be saturated: hand over what is waiting in
        // one delivery instead, or the feed falls seconds behind at the peak (2026-12-01).
        silo.AddMemoryStreams(EscalationStreams.ProviderName, stream =>
        {
            stream.ConfigurePartitioning(1);
            stream.ConfigurePullingAgent(agent => agent.Configure(o =>
            {
                o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(20);
                o.BatchContainerBatchSize = 256;
            }));
        });

        silo.Services.AddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<PipelineCounters>();
        silo.Services.AddSingleton<BrandCatalogCache>();
        silo.Services.AddHostedService(sp => sp.GetRequiredService<BrandCatalogCache>());
        silo.Services.AddSingleton<PipelineStatusReporter>();
        silo.Services.AddHostedService(sp => sp.GetRequiredService<PipelineStatusReporter>());
        return silo;
    }

    /// <summary>
    /// Grain storage per <c>Streams:Storage</c>, the schema installer when anything is on PostgreSQL,
    /// and the customer collection age that goes with the storage.
    /// </summary>
    private static void AddStreamsStorage(ISiloBuilder silo, IConfiguration configuration, bool singleSilo)
    {
        var persistence = PersistenceSettings.Read(configuration);
        silo.Services.AddOptions<PersistenceOptions>().Bind(configuration.GetSection(PersistenceOptions.Section));
        if (persistence.DurableStorage || persistence.PostgresClustering)
        {
            var connectionString = PersistenceSettings.PostgresConnectionString(configuration);
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
                new PostgresSchemaParticipant(connectionString, sp.GetRequiredService<ILogger<PostgresSchemaParticipant>>()));
        }
        if (persistence.DurableStorage)
        {
            var connectionString = PersistenceSettings.PostgresConnectionString(configuration);
            // The durable log the partitions read, and the wake-ups that bring a partition back after its silo died.
            silo.Services.AddSingleton(sp => new IngestLog(
                NpgsqlDataSource.Create(connectionString),
                sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
                sp.GetRequiredService<Serializer>()));
            silo.Services.AddHostedService<PartitionWaker>();
            silo.Services.AddSingleton<LogProgress>();
            foreach (var name in new[] { StorageNames.Default, StorageNames.PubSub })
            {
                silo.AddAdoNetGrainStorage(name, o =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = connectionString;
                });
            }
        }
        else
        {
            silo.AddMemoryGrainStorage(StorageNames.Default);
            silo.AddMemoryGrainStorage(StorageNames.PubSub);
        }
        // The default grain storage serializer is Orleans' JSON one, which names the stored type and
        // only resolves allow-listed names on read. The checkpoints are plain classes and domain
        // records (no [GenerateSerializer]), so they are allowed here, one by one.
        silo.Services.Configure<TypeManifestOptions>(o =>
        {
            foreach (var type in CheckpointTypes)
            {
                o.AddAllowedType(type);
            }
        });
        // An idle customer is deactivated once its profile is safe: checkpointed to PostgreSQL, or kept
        // compressed by a single in-memory silo. In an in-memory cluster it could wake on another silo
        // and lose its profile, so there ten years stands for "never".
        var dormant = new DormantCustomers(enabled: singleSilo && !persistence.DurableStorage);
        silo.Services.AddSingleton(dormant);
        if (dormant.Enabled)
        {
            silo.Services.AddHostedService<SleepWaveTrimmer>();
        }
        var customerAge = persistence.DurableStorage || dormant.Enabled
            ? TimeSpan.FromMinutes(persistence.CustomerIdleMinutes)
            : TimeSpan.FromDays(3650);
        silo.Services.Configure<GrainCollectionOptions>(o => o.ClassSpecificCollectionAge[typeof(CustomerGrain).FullName!] = customerAge);
    }

    /// <summary>The types stored in brand and customer checkpoints that the JSON storage serializer may name.</summary>
    public static readonly Type[] CheckpointTypes =
    [
        typeof(BrandGrainState), typeof(CustomerGrainState), typeof(PartitionGrainState),
        typeof(BrandAggregateSnapshot), typeof(CustomerAggregateSnapshot), typeof(FirstResponseLedgerSnapshot), typeof(FirstResponseEntry),
        typeof(MinuteHourCounterSnapshot), typeof(SentimentMixSnapshot), typeof(SentimentTrendSnapshot), typeof(DecayingSumSnapshot),
        typeof(TopKSnapshot<string, TopAuthor>), typeof(TopKSnapshot<string, TopPost>), typeof(TopKEntry<string, TopAuthor>), typeof(TopKEntry<string, TopPost>),
        typeof(Domain.Aggregation.SentimentPoint),
    ];

    /// <summary>The ADO.NET invariant name of Npgsql.</summary>
    public const string PostgresInvariant = "Npgsql";
}
