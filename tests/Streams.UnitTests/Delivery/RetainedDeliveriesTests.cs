using Streams.Abstractions.Delivery;
using Streams.Domain.Delivery;
using Xunit;

namespace Streams.UnitTests.Delivery;

public sealed class RetainedDeliveriesTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Copies_are_kept_per_target_until_confirmed()
    {
        var copies = new RetainedDeliveries<string>();
        copies.Add("brand-a", new DeliveryRange(0, 10, 0), "a10", T0);
        copies.Add("brand-a", new DeliveryRange(0, 20, 10), "a20", T0);
        copies.Add("brand-b", new DeliveryRange(0, 15, 0), "b15", T0);

        Assert.Equal(20, copies.LastThrough("brand-a"));
        Assert.Equal(0, copies.LastThrough("brand-c"));
        Assert.Equal(["a20"], copies.After("brand-a", 10).Select(c => c.Update));

        copies.Confirmed("brand-a", 10);
        Assert.Equal(2, copies.Count);
        copies.Confirmed("brand-a", 20);
        Assert.Equal(1, copies.Count);
        Assert.Equal(1, copies.Targets);
        Assert.Equal(0, copies.LastThrough("brand-a"));
    }

    [Fact]
    public void Targets_sent_nothing_more_come_up_for_a_check_once_then_again_while_unconfirmed()
    {
        var copies = new RetainedDeliveries<string>();
        copies.Add("author-1", new DeliveryRange(0, 1, 0), "first", T0);
        copies.Add("author-2", new DeliveryRange(0, 2, 0), "only", T0);
        copies.Add("author-1", new DeliveryRange(0, 5, 1), "second", T0.AddSeconds(20));

        // Due: unconfirmed copies whose last send or check is before the horizon (now minus the delay).
        Assert.Equal([("author-2", 2L)], copies.DueForCheck(T0.AddSeconds(10), T0.AddSeconds(40)));
        Assert.Empty(copies.DueForCheck(T0.AddSeconds(10), T0.AddSeconds(40)));
        Assert.Equal([("author-1", 5L)], copies.DueForCheck(T0.AddSeconds(25), T0.AddSeconds(55)));

        // Checked but still unconfirmed: due again a period after the check; confirmed: never again.
        copies.Confirmed("author-1", 5);
        Assert.Equal([("author-2", 2L)], copies.DueForCheck(T0.AddSeconds(41), T0.AddSeconds(71)));
        Assert.Equal([("author-2", 2L)], copies.DueForCheck(T0.AddSeconds(80), T0.AddSeconds(110)));
        copies.Confirmed("author-2", 2);
        Assert.Empty(copies.DueForCheck(T0.AddSeconds(200), T0.AddSeconds(230)));
        Assert.Equal(0, copies.Count);
    }

    [Fact]
    public void A_snapshot_restores_every_copy_in_order()
    {
        var copies = new RetainedDeliveries<string>();
        copies.Add("brand-a", new DeliveryRange(1, 10, 0), "a10", T0);
        copies.Add("brand-a", new DeliveryRange(1, 20, 10), "a20", T0);
        copies.Add("brand-b", new DeliveryRange(1, 15, 0), "b15", T0);

        var restored = RetainedDeliveries<string>.FromSnapshot(copies.Snapshot());

        Assert.Equal(3, restored.Count);
        Assert.Equal(["a10", "a20"], restored.After("brand-a", 0).Select(c => c.Update));
        Assert.Equal(20, restored.LastThrough("brand-a"));
    }
}
