using System.Globalization;
using Streams.Abstractions.Brands;
using Orleans.TestingHost;
using Streams.Abstractions.Customers;
using Streams.IntegrationTests.Infrastructure;
using Streams.Silo.Ingest;

namespace Streams.IntegrationTests.Persistence;

/// <summary>
/// No accepted event lost, on a real PostgreSQL: a silo of three killed (not stopped) in the middle
/// of a steady firehose, and the database itself going away for a while. The reference is the same
/// firehose on a single in-memory silo: every brand count, customer history and escalation must
/// come out the same, which is what "exactly once" means here.
/// </summary>
public sealed class ClusterDurabilityTests : IClassFixture<PostgresServer>
{
    private const int BrandCount = 3;
    private const int LinesPerRequest = 60;
    private static readonly TimeSpan RequestInterval = TimeSpan.FromMilliseconds(40);

    private readonly PostgresServer postgres;

    public ClusterDurabilityTests(PostgresServer postgres) => this.postgres = postgres;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_silo_killed_under_a_steady_firehose_loses_nothing_and_counts_nothing_twice()
    {
        var firehose = DurabilityFirehose.Create(BrandCount);
        var expected = await SingleSiloOutcomeAsync(firehose);

        await using var cluster = await DurableCluster.StartAsync(await postgres.CreateDatabaseAsync("kill"), silos: 3);
        foreach (var brand in firehose.Brands)
        {
            await cluster.RegisterBrandAsync(brand);
        }
        // The victim is the silo running the most partitions (they own the posts, so that is where
        // a kill hurts most); the firehose goes through another silo and never pauses.
        var before = await cluster.PartitionsAsync();
        var victim = cluster.Cluster.Silos.MaxBy(s => before.Count(p => p.Silo == s.SiloAddress.ToString()))!;
        int[] victimPartitions = [.. Enumerable.Range(0, before.Count).Where(p => before[p].Silo == victim.SiloAddress.ToString())];
        cluster.IngestSilo = cluster.Cluster.Silos.First(s => s != victim);

        var firehoseDone = Task.Run(async () =>
        {
            foreach (var request in firehose.Requests(LinesPerRequest))
            {
                await cluster.IngestAsync(request);
                await Task.Delay(RequestInterval, Ct);
            }
        }, Ct);
        // Past at least one checkpoint (every second here), so the victim's partitions restore one
        // and replay the log written after it, while the firehose goes on.
        await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
        Assert.False(firehoseDone.IsCompleted, "the firehose ended before the kill");
        await cluster.Cluster.KillSiloAsync(victim, Ct);
        await firehoseDone;
        await cluster.WaitSettledAsync(TimeSpan.FromMinutes(2));

        // The killed silo's partitions now run elsewhere, restored from a checkpoint and replayed.
        Assert.NotEmpty(victimPartitions);
        var after = await cluster.PartitionsAsync();
        foreach (var partition in victimPartitions)
        {
            Assert.NotEqual(victim.SiloAddress.ToString(), after[partition].Silo);
            Assert.True(after[partition].RestoredAt > 0, $"partition {partition} restored no checkpoint");
            Assert.True(after[partition].ReplayedThrough > after[partition].RestoredAt, $"partition {partition} replayed nothing");
        }

        var actual = await OutcomeAsync(cluster.Grains, firehose);
        Assert.Equal(expected.Brands, actual.Brands);
        Assert.Equal(expected.Escalations, actual.Escalations);
        Assert.Equal(expected.Customers, actual.Customers);
        Assert.Contains(expected.Escalations, e => e.Contains("| Open |", StringComparison.Ordinal));
        Assert.Contains(expected.Escalations, e => e.Contains("| Resolved |", StringComparison.Ordinal) || e.Contains("| Withdrawn |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task While_the_database_is_down_ingest_answers_503_and_the_cluster_recovers_by_itself()
    {
        var firehose = DurabilityFirehose.Create(1);
        var expected = await SingleSiloOutcomeAsync(firehose);

        await using var cluster = await DurableCluster.StartAsync(await postgres.CreateDatabaseAsync("outage"), silos: 1);
        foreach (var brand in firehose.Brands)
        {
            await cluster.RegisterBrandAsync(brand);
        }
        var requests = firehose.Requests(LinesPerRequest);
        var half = requests.Count / 2;
        foreach (var request in requests.Take(half))
        {
            await cluster.IngestAsync(request);
        }

        await postgres.StopAsync();
        try
        {
            // Nothing is taken while the log cannot be written; the caller is told to come back.
            Assert.Equal(IngestAdmission.StorageUnavailable, await cluster.TryIngestAsync(requests[half]));
            await Task.Delay(TimeSpan.FromSeconds(3), Ct);
            Assert.Equal(IngestAdmission.StorageUnavailable, await cluster.TryIngestAsync(requests[half]));
        }
        finally
        {
            await postgres.StartAsync();
        }

        foreach (var request in requests.Skip(half))
        {
            await IngestWhenAvailableAsync(cluster, request);
        }
        await cluster.WaitSettledAsync(TimeSpan.FromMinutes(2));

        var actual = await OutcomeAsync(cluster.Grains, firehose);
        Assert.Equal(expected.Brands, actual.Brands);
        Assert.Equal(expected.Escalations, actual.Escalations);
        Assert.Equal(expected.Customers, actual.Customers);
    }

    /// <summary>Right after the database comes back, the pool may still hold dead connections: a 503 then is fine, a lost event is not.</summary>
    private static async Task IngestWhenAvailableAsync(DurableCluster cluster, string request)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await cluster.TryIngestAsync(request) == IngestAdmission.Accepted)
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("ingest did not recover after the database came back");
    }

    private static async Task<DurabilityOutcome> SingleSiloOutcomeAsync(DurabilityFirehose firehose)
    {
        var single = new StreamsCluster();
        await single.InitializeAsync();
        try
        {
            foreach (var brand in firehose.Brands)
            {
                await single.RegisterBrandAsync(brand);
            }
            foreach (var request in firehose.Requests(LinesPerRequest))
            {
                await single.IngestAsync(request);
            }
            await single.WaitSettledAsync(TimeSpan.FromMinutes(1));
            return await OutcomeAsync(single.Grains, firehose);
        }
        finally
        {
            await single.DisposeAsync();
        }
    }

    private static async Task<DurabilityOutcome> OutcomeAsync(IGrainFactory grains, DurabilityFirehose firehose)
    {
        var brands = new List<string>();
        var escalations = new List<string>();
        foreach (var brand in firehose.Brands)
        {
            var stats = await grains.GetGrain<IBrandGrain>(brand.Id).GetStatsAsync();
            brands.Add(string.Join(" | ",
                brand.Id, stats.MentionCount, stats.OwnPostCount, stats.Negative, stats.Neutral, stats.Positive, stats.AnsweredCount,
                stats.FirstResponseP50Seconds?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-",
                stats.AverageSentiment.ToString("0.0000", CultureInfo.InvariantCulture),
                string.Join(",", (stats.Topics ?? []).Select(t => $"{t.Topic}={t.Count}")),
                string.Join(",", (stats.Intents ?? new Dictionary<string, long>()).OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key}={i.Value}"))));
            var raised = await grains.GetGrain<IBrandGrain>(brand.Id).GetEscalationsAsync(null, includeWithdrawn: true);
            escalations.AddRange(raised.Select(e => string.Join(" | ",
                e.Id, e.Status, e.Severity,
                e.Score.ToString("0.0", CultureInfo.InvariantCulture),
                e.RaisedAt.ToString("O"), e.ResolvedAt?.ToString("O") ?? "-",
                string.Join(" / ", e.Reasons))));
        }
        var customers = new List<string>();
        foreach (var author in firehose.Authors)
        {
            var profile = await grains.GetGrain<ICustomerGrain>(author).GetProfileAsync();
            customers.Add(profile is null ? $"{author}: -" : $"{author}: {profile.PostCount} posts, amplification {profile.Amplification:0.00}");
        }
        return new DurabilityOutcome(brands, [.. escalations.Order(StringComparer.Ordinal)], customers);
    }
}
