using System.Net;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests;

/// <summary>
/// The Orleans Dashboard is opt-in: with it on, a silo took 15-18% fewer events at saturation
/// (docs/benchmarks.md). <see cref="AccessTests"/> covers who may see it once it is on.
/// </summary>
public sealed class OperatorDashboardDefaultTests
{
    private const string AdminKey = "dashboard-default-admin";

    [Fact]
    public async Task A_silo_started_with_the_defaults_serves_no_Orleans_Dashboard()
    {
        await using var host = await LoopbackHost.StartAsync([
            "--Streams:ApiKeys:0:Key", AdminKey,
            "--Streams:ApiKeys:0:Scopes:0", "admin",
        ]);
        using var http = new HttpClient { BaseAddress = host.Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/brands", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/dashboard/", TestContext.Current.CancellationToken)).StatusCode);
    }
}
