using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Streams.Abstractions.Customers;
using Streams.Grains.Customers;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary>
/// A single in-memory silo deactivates idle customers and keeps their profiles compressed: the
/// sleep must be invisible, both to a reader and to the customer's next post.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DormantCustomerTests(StreamsCluster cluster)
{
    private const string Complaint = "my order never arrived, this is terrible and your support is useless";

    [Fact]
    public async Task An_idle_customer_sleeps_and_wakes_with_its_whole_profile()
    {
        var prefix = TestBrands.NewPrefix();
        var brand = TestBrands.Unique(prefix);
        await cluster.RegisterBrandAsync(brand);
        var handle = TestBrands.HandleOf(prefix);
        var script = new FirehoseScript(prefix)
            .Post("p1", "sleepy", 12_000, $"@{handle} {Complaint}", minute: 0)
            .Post("p2", "sleepy", 12_000, $"@{handle} still waiting, I'm switching to a competitor", minute: 5)
            .Reposts("p1", 6, from: 1, to: 4, followers: 400);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();
        var customer = cluster.Grains.GetGrain<ICustomerGrain>(script.Id("sleepy"));
        var awake = await customer.GetProfileAsync();
        Assert.NotNull(awake);
        Assert.Equal(2, awake.PostCount);

        var dormant = cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<DormantCustomers>();
        Assert.True(dormant.Enabled);
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        Assert.True(dormant.Count > 0, "the forced collection should have put idle customers to sleep");
        Assert.True(dormant.Bytes > 0);

        // Reading wakes it: the profile is the one it had, to the last field.
        var woken = await customer.GetProfileAsync();
        Assert.Equal(JsonSerializer.Serialize(awake), JsonSerializer.Serialize(woken));

        // And it goes on from where it was, rather than starting over.
        await cluster.IngestAsync(new FirehoseScript(prefix).Post("p3", "sleepy", 12_000, $"@{handle} {Complaint}", minute: 30).ToNdjson());
        await cluster.WaitSettledAsync();
        var later = await customer.GetProfileAsync();
        Assert.NotNull(later);
        Assert.Equal(3, later.PostCount);
        Assert.Equal(awake.Brands[brand.Id] + 1, later.Brands[brand.Id]);
        Assert.True(later.ChurnRisk >= awake.ChurnRisk);
    }
}
