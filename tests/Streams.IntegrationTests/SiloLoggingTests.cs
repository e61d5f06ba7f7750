using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Streams.IntegrationTests.Infrastructure;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests;

/// <summary>
/// What the silo writes to its logs with the defaults users start it with. Orleans places each new
/// activation through a Polly pipeline that logs every execution at Information, which made a demo
/// silo print about 60 lines a second, one pair per first-time author.
/// </summary>
public sealed class SiloLoggingTests
{
    private const string AdminKey = "logging-defaults-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task New_authors_do_not_log_a_line_each_at_the_default_levels()
    {
        var logs = await RunNewAuthorsAsync([]);

        Assert.Contains(logs.Messages, m => m.StartsWith("Streams.Grains.Brands.BrandCatalogCache:", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.StartsWith(LoggingDefaults.ResilienceCategory, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_configured_level_for_the_resilience_pipeline_wins_over_the_default()
    {
        var logs = await RunNewAuthorsAsync(["--Logging:LogLevel:" + LoggingDefaults.ResilienceCategory, "Information"]);

        Assert.Contains(logs.Messages, m => m.StartsWith(LoggingDefaults.ResilienceCategory, StringComparison.Ordinal));
    }

    /// <summary>Registers a brand and sends posts by 20 authors never seen before; returns what was logged.</summary>
    private static async Task<CapturedLogs> RunNewAuthorsAsync(string[] settings)
    {
        var logs = new CapturedLogs();
        await using (var host = await LoopbackHost.StartAsync(
            ["--Streams:ApiKeys:0:Key", AdminKey, "--Streams:ApiKeys:0:Scopes:0", "admin", .. settings],
            builder => builder.Logging.AddProvider(logs)))
        {
            using var http = new HttpClient { BaseAddress = host.Address };
            http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
            var registered = await http.PostAsJsonAsync("/api/brands", new { id = "logco", name = "Logco" }, Ct);
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync(Ct));
            var posts = Enumerable.Range(0, 20).Select(i => JsonSerializer.Serialize(new
            {
                kind = "post",
                id = $"log-{i}",
                platform = "twitter",
                createdAt = "2026-11-22T10:00:00Z",
                author = new { id = $"log-author-{i}", followers = 10 },
                text = "Logco lost my parcel again",
            })).ToArray();
            await HostIngest.AcceptAllAsync(http, posts, Ct);
            await PipelineStatus.WaitSettledAsync(http, Ct);
        }
        return logs;
    }
}
