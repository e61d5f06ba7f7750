using System.Text.Json;
using Streams.Abstractions.Customers;
using Streams.Domain.Customers;
using Xunit;

namespace Streams.UnitTests.Customers;

public sealed class CustomerSnapshotCodecTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static CustomerUpdate Update(CustomerPost[]? posts = null, Amplification[]? amplifications = null, string[]? answered = null, long? followers = null) =>
        new("jane", followers, true, posts ?? [], amplifications ?? [], answered ?? []);

    private static CustomerAggregate Customer(int posts)
    {
        var customer = new CustomerAggregate("a1234567");
        customer.Apply(Update(followers: 48_000));
        for (var i = 0; i < posts; i++)
        {
            customer.Apply(Update(
                posts: [new CustomerPost("post" + i, T0.AddMinutes(i * 11.3), Math.Sin(i) * 0.9, i % 2 == 0 ? ["acme"] : ["acme", "globex"], i % 3 == 0, i % 7 == 0 ? 1 : 0)],
                amplifications: i % 4 == 0 ? [new Amplification(T0.AddMinutes(i * 11.3 + 1), 2.5)] : [],
                answered: i % 5 == 4 ? ["post" + (i - 3)] : []));
        }
        return customer;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    public void A_customer_decoded_from_its_bytes_has_the_same_profile_and_evolves_the_same(int posts)
    {
        var customer = Customer(posts);
        var restored = CustomerAggregate.FromSnapshot(CustomerSnapshotCodec.Deserialize(CustomerSnapshotCodec.Serialize(customer.Snapshot())));

        Assert.Equal(Json(customer.Profile()), Json(restored.Profile()));
        var later = Update(posts: [new CustomerPost("late", T0.AddDays(2), -0.8, ["acme"], true, 1)], amplifications: [new Amplification(T0.AddDays(2), 3)]);
        Assert.Equal(customer.Apply(later), restored.Apply(later));
        Assert.Equal(Json(customer.Profile()), Json(restored.Profile()));
    }

    [Fact]
    public void A_one_post_customer_sleeps_in_a_few_hundred_bytes()
    {
        // The point of sleeping: an activation costs about 3 KB, so the bytes must stay far below that.
        var bytes = CustomerSnapshotCodec.Serialize(Customer(1).Snapshot());
        Assert.InRange(bytes.Length, 10, 400);
    }

    [Fact]
    public void Unknown_formats_and_damaged_bytes_are_refused()
    {
        var bytes = CustomerSnapshotCodec.Serialize(Customer(3).Snapshot());
        Assert.Throws<InvalidDataException>(() => CustomerSnapshotCodec.Deserialize([]));
        Assert.Throws<InvalidDataException>(() => CustomerSnapshotCodec.Deserialize([(byte)(CustomerSnapshotCodec.FormatVersion + 1), .. bytes[1..]]));
        Assert.Throws<InvalidDataException>(() => CustomerSnapshotCodec.Deserialize(bytes.AsSpan(0, bytes.Length / 2)));
    }
}
