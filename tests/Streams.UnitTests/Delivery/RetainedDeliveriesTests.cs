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
    public void Old_copies_of_targets_that_never_answer_again_are_forgotten()
    {
        var copies = new RetainedDeliveries<string>();
        copies.Add("author-1", new DeliveryRange(0, 1, 0), "old", T0);
        copies.Add("author-1", new DeliveryRange(0, 2, 1), "new", T0.AddMinutes(5));
        copies.Add("author-2", new DeliveryRange(0, 3, 0), "old2", T0);

        Assert.Equal(2, copies.ForgetSentBefore(T0.AddMinutes(1)));

        Assert.Equal(1, copies.Count);
        Assert.Equal(["new"], copies.After("author-1", 0).Select(c => c.Update));
        Assert.Empty(copies.After("author-2", 0));
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
