using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Streams.Grains.Persistence;

namespace Streams.IntegrationTests.Persistence;

/// <summary>
/// Brand, customer and post state on a real PostgreSQL, through a whole-cluster restart (a graceful
/// stop: every grain writes its last checkpoint). Kills are in <see cref="ClusterDurabilityTests"/>.
/// </summary>
public sealed class DurableStateTests : IClassFixture<PostgresServer>
{
    private readonly PostgresServer postgres;

    public DurableStateTests(PostgresServer postgres) => this.postgres = postgres;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_whole_cluster_restart_keeps_brands_customer_history_and_open_escalations()
    {
        var database = await postgres.CreateDatabaseAsync("restart");
        JsonElement brandBefore, customerBefore, escalationsBefore, postBefore;

        await using (var first = await DurableHost.StartAsync(database, checkpointSeconds: 1))
        {
            var register = await first.Http.PostAsJsonAsync("/api/brands",
                new { id = "durable", name = "Durablo", handles = new[] { "@DurabloCare" }, responseTargetMinutes = 60 }, Ct);
            Assert.Equal(HttpStatusCode.Created, register.StatusCode);

            var lines = new List<string>
            {
                Post("d1", "angry-ann", 5_000, "@DurabloCare charged twice, terrible service, nobody answers. I'm switching to another bank", 0),
                Post("d2", "angry-ann", 5_000, "@DurabloCare still waiting for my refund, awful", 2),
                Post("d3", "happy-hal", 300, "Durablo is great, thanks for the quick help", 3),
            };
            for (var i = 0; i < 40; i++)
            {
                lines.Add(JsonSerializer.Serialize(new
                {
                    kind = "repost",
                    id = $"dr{i}",
                    postId = "d1",
                    createdAt = Start.AddMinutes(1).AddSeconds(i * 10),
                    author = new { id = $"dfan{i}", followers = 900 },
                }));
            }
            var ingest = await first.Http.PostAsync("/api/ingest", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"), Ct);
            Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
            await first.WaitSettledAsync(Ct);

            brandBefore = await first.Http.GetFromJsonAsync<JsonElement>("/api/brands/durable", Ct);
            customerBefore = await first.Http.GetFromJsonAsync<JsonElement>("/api/customers/angry-ann", Ct);
            postBefore = await first.Http.GetFromJsonAsync<JsonElement>("/api/posts/d1", Ct);
            Assert.Equal(40, postBefore.GetProperty("reposts").GetInt32());
            escalationsBefore = await first.Http.GetFromJsonAsync<JsonElement>("/api/brands/durable/escalations?status=open", Ct);
            Assert.Equal(3, brandBefore.GetProperty("mentionCount").GetInt64());
            Assert.Equal(1, brandBefore.GetProperty("openEscalations").GetInt32());
            Assert.Equal(2, customerBefore.GetProperty("postCount").GetInt64());

            // The cadence checkpoint, not only the one written at deactivation, must have stored them.
            await WaitUntilAsync(async () => await StoredStatesAsync(database) >= 3);
        }

        await using var second = await DurableHost.StartAsync(database, checkpointSeconds: 1);
        var brandAfter = await second.Http.GetFromJsonAsync<JsonElement>("/api/brands/durable", Ct);
        Assert.Equal(3, brandAfter.GetProperty("mentionCount").GetInt64());
        Assert.Equal(1, brandAfter.GetProperty("openEscalations").GetInt32());
        foreach (var property in new[] { "mentionCount", "ownPostCount", "sentiment", "mentionsPerMinute", "mentionsPerHour", "topAuthors", "topPosts", "lastEventAt", "topics", "intents", "name", "handles" })
        {
            Assert.Equal(brandBefore.GetProperty(property).GetRawText(), brandAfter.GetProperty(property).GetRawText());
        }

        var escalationsAfter = await second.Http.GetFromJsonAsync<JsonElement>("/api/brands/durable/escalations?status=open", Ct);
        Assert.Equal(escalationsBefore.GetRawText(), escalationsAfter.GetRawText());
        Assert.Equal("durable:d1", escalationsAfter[0].GetProperty("id").GetString());

        var customerAfter = await second.Http.GetFromJsonAsync<JsonElement>("/api/customers/angry-ann", Ct);
        Assert.Equal(customerBefore.GetRawText(), customerAfter.GetRawText());
        Assert.True(customerAfter.GetProperty("influence").GetDouble() > 0);
        Assert.True(customerAfter.GetProperty("churnRisk").GetDouble() > 0);
        Assert.Equal(2, customerAfter.GetProperty("recentSentiment").GetArrayLength());

        // The post itself (engagement, escalation track) came back with its partition's checkpoint.
        var postAfter = await second.Http.GetFromJsonAsync<JsonElement>("/api/posts/d1", Ct);
        Assert.Equal(postBefore.GetRawText(), postAfter.GetRawText());
    }

    [Fact]
    public async Task Two_silos_applying_the_schema_at_once_on_an_empty_database_both_succeed()
    {
        var database = await postgres.CreateDatabaseAsync("concurrent_schema");
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresSchemaInstaller.EnsureAsync(database, Ct), Ct)));

        Assert.Equal(1, results.Count(applied => applied));
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey", connection);
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                keys.Add(reader.GetString(0));
            }
        }
        foreach (var key in new[] { "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "MembershipReadAllKey", "MembershipReadRowKey",
                     "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey", "GatewaysQueryKey",
                     "DeleteMembershipTableEntriesKey", "CleanupDefunctSiloEntriesKey" })
        {
            Assert.Contains(key, keys);
        }
        Assert.False(await PostgresSchemaInstaller.EnsureAsync(database, Ct));
    }

    private static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static string Post(string id, string author, long followers, string text, double minute) => JsonSerializer.Serialize(new
    {
        kind = "post",
        id,
        platform = "twitter",
        createdAt = Start.AddMinutes(minute),
        author = new { id = author, handle = author, followers },
        text,
        lang = "en",
    });

    private static async Task<long> StoredStatesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM streams_grain_state WHERE state_name IN ('brand', 'customer') AND payload IS NOT NULL", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException("condition not met");
    }
}
