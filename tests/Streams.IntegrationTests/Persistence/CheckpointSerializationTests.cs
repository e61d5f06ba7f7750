using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Escalations;
using Streams.Domain.Brands;
using Streams.Domain.Customers;
using Streams.Grains.Brands;
using Streams.Grains.Customers;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests.Persistence;

/// <summary>
/// Checkpoints go through the silo's configured grain storage serializer (what the ADO.NET provider
/// uses by default: Orleans' JSON serializer with its type allow-list). The round trip must be exact.
/// </summary>
public sealed class CheckpointSerializationTests(StreamsHostFixture host) : IClassFixture<StreamsHostFixture>
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private IGrainStorageSerializer Serializer => host.Services.GetRequiredService<IGrainStorageSerializer>();

    private T RoundTrip<T>(T state) => Serializer.Deserialize<T>(Serializer.Serialize(state)) ?? throw new InvalidOperationException("the serializer returned null");

    [Fact]
    public void A_brand_checkpoint_round_trips_exactly()
    {
        var brand = new BrandAggregate("acme");
        for (var i = 0; i < 50; i++)
        {
            brand.Apply(new BrandUpdate(
                [new BrandMention("p" + i, "u" + i, T0.AddMinutes(i * 7.3), Math.Sin(i) / 3, i % 2 == 0 ? ["delivery"] : null, i % 64)],
                i % 3 == 0 ? [new BrandAnswer("p" + i, T0.AddMinutes(i * 7.3 + 1), TimeSpan.FromSeconds(i * 1.1))] : [],
                i % 10 == 0 ? [new Escalation("acme:p" + i, "acme", "p" + i, "u" + i, 3, 41.123456789, ["reason " + i], i % 20 == 0 ? EscalationStatus.Open : EscalationStatus.Resolved,
                    T0.AddMinutes(i), T0.AddMinutes(i), i % 20 == 0 ? null : T0.AddMinutes(i + 5), T0.AddMinutes(i), 1, 1.0 / 3, 1_000, 2_000, 4, "text")] : [],
                [new PostSpread("p" + i, i * 0.1 + 1.0 / 7, i, i * 100, T0, null)],
                [new AuthorInfluence("u" + i, i % 2 == 0 ? null : "h", 100.0 / (i + 3), i)],
                i % 5));
        }
        var restored = RoundTrip(new BrandGrainState { Snapshot = brand.Snapshot() });

        var again = BrandAggregate.FromSnapshot(restored.Snapshot!);
        Assert.Equal(JsonSerializer.Serialize(brand.Snapshot()), JsonSerializer.Serialize(again.Snapshot()));
        Assert.Equal(JsonSerializer.Serialize(brand.Stats()), JsonSerializer.Serialize(again.Stats()));
        Assert.Equal(JsonSerializer.Serialize(brand.Escalations(null, true)), JsonSerializer.Serialize(again.Escalations(null, true)));
        Assert.All(again.Escalations(null, true), e => Assert.Equal(DateTimeKind.Utc, e.RaisedAt.Kind));
    }

    [Fact]
    public void A_customer_checkpoint_round_trips_exactly()
    {
        var customer = new CustomerAggregate("jane");
        customer.Apply(new CustomerUpdate("jane", 12_345, true, [], [], []));
        for (var i = 0; i < 30; i++)
        {
            customer.Apply(new CustomerUpdate(null, null, null,
                [new CustomerPost("p" + i, T0.AddMinutes(i * 11.1), Math.Cos(i) * 0.77, i % 2 == 0 ? ["acme"] : ["globex", "acme"], i % 3 == 0, i % 7 == 0 ? 1 : 0.2)],
                [new Amplification(T0.AddMinutes(i * 11.1 + 1), 1.0 / 3)],
                i % 4 == 0 ? ["p" + (i - 3)] : []));
        }
        var restored = RoundTrip(new CustomerGrainState { Snapshot = customer.Snapshot() });

        var again = CustomerAggregate.FromSnapshot(restored.Snapshot!);
        Assert.Equal(JsonSerializer.Serialize(customer.Snapshot()), JsonSerializer.Serialize(again.Snapshot()));
        Assert.Equal(JsonSerializer.Serialize(customer.Profile()), JsonSerializer.Serialize(again.Profile()));
        Assert.Equal(DateTimeKind.Utc, again.LastSeen!.Value.Kind);
    }
}
