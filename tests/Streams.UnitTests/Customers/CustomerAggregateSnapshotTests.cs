using System.Text.Json;
using Streams.Abstractions.Customers;
using Streams.Domain.Customers;
using Xunit;

namespace Streams.UnitTests.Customers;

public sealed class CustomerAggregateSnapshotTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static CustomerUpdate Update(
        CustomerPost[]? posts = null, Amplification[]? amplifications = null, string[]? answered = null,
        string? handle = null, long? followers = null, bool? verified = null) =>
        new(handle, followers, verified, posts ?? [], amplifications ?? [], answered ?? []);

    private static CustomerAggregate BusyCustomer()
    {
        var customer = new CustomerAggregate("jane");
        customer.Apply(Update(handle: "jane", followers: 48_000, verified: true));
        for (var i = 0; i < 80; i++)
        {
            var minute = i * 13.7;
            customer.Apply(Update(
                posts: [new CustomerPost("p" + i, T0.AddMinutes(minute), Math.Cos(i) * 0.8, i % 2 == 0 ? ["acme"] : ["acme", "globex"], i % 3 == 0, i % 10 == 0 ? 1 : 0)],
                amplifications: i % 4 == 0 ? [new Amplification(T0.AddMinutes(minute + 2), 1.5)] : [],
                answered: i % 9 == 0 ? ["p" + (i - 3)] : []));
        }
        return customer;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [Fact]
    public void A_restored_customer_has_the_same_profile()
    {
        var customer = BusyCustomer();
        var restored = CustomerAggregate.FromSnapshot(customer.Snapshot());

        Assert.Equal(Json(customer.Profile()), Json(restored.Profile()));
        Assert.Equal(customer.Influence, restored.Influence);
        Assert.Equal(customer.ChurnRisk, restored.ChurnRisk);
        Assert.True(restored.Profile().ChurnRisk > 0);
        Assert.NotEmpty(restored.Profile().OpenComplaints);
        Assert.Equal(2, restored.Profile().Brands.Count);
    }

    [Fact]
    public void A_restored_customer_evolves_exactly_like_the_original()
    {
        var customer = BusyCustomer();
        var restored = CustomerAggregate.FromSnapshot(customer.Snapshot());
        var later = Update(
            posts: [new CustomerPost("late", T0.AddDays(3), -0.9, ["acme"], true, 1)],
            amplifications: [new Amplification(T0.AddDays(3).AddMinutes(5), 2)],
            answered: ["p6"],
            followers: 50_000);
        Assert.Equal(customer.Apply(later), restored.Apply(later));

        Assert.Equal(Json(customer.Profile()), Json(restored.Profile()));
        Assert.Equal(Json(customer.Snapshot()), Json(restored.Snapshot()));
    }

    [Fact]
    public void A_customer_never_seen_round_trips_unseen()
    {
        var restored = CustomerAggregate.FromSnapshot(new CustomerAggregate("ghost").Snapshot());
        Assert.False(restored.Seen);
        Assert.Equal("ghost", restored.Profile().Id);
    }
}
