using Streams.Abstractions.Delivery;
using Streams.Domain.Delivery;
using Xunit;

namespace Streams.UnitTests.Delivery;

public sealed class DeliveryLedgerTests
{
    [Fact]
    public void Untracked_updates_are_always_applied()
    {
        var ledger = new DeliveryLedger();

        Assert.Equal(DeliveryOutcome.Applied, ledger.Offer(null).Outcome);
        Assert.Equal(DeliveryOutcome.Applied, ledger.Offer(null).Outcome);
    }

    [Fact]
    public void An_update_is_applied_once_however_often_it_is_sent()
    {
        var ledger = new DeliveryLedger();

        Assert.Equal(DeliveryOutcome.Applied, ledger.Offer(new DeliveryRange(1, 10, 0)).Outcome);
        Assert.Equal(DeliveryOutcome.Duplicate, ledger.Offer(new DeliveryRange(1, 10, 0)).Outcome);
        Assert.Equal(DeliveryOutcome.Duplicate, ledger.Offer(new DeliveryRange(1, 7, 0)).Outcome);
        var next = ledger.Offer(new DeliveryRange(1, 12, 10));
        Assert.Equal(DeliveryOutcome.Applied, next.Outcome);
        Assert.Equal(12, next.Mark);
    }

    [Fact]
    public void Partitions_are_tracked_separately()
    {
        var ledger = new DeliveryLedger();

        Assert.Equal(DeliveryOutcome.Applied, ledger.Offer(new DeliveryRange(0, 50, 0)).Outcome);
        Assert.Equal(DeliveryOutcome.Applied, ledger.Offer(new DeliveryRange(3, 5, 0)).Outcome);
        Assert.Equal(DeliveryOutcome.Duplicate, ledger.Offer(new DeliveryRange(3, 5, 0)).Outcome);
        Assert.Equal(DeliveryOutcome.Applied, ledger.Offer(new DeliveryRange(2, 1, 0)).Outcome);
    }

    [Fact]
    public void A_target_restored_from_an_older_checkpoint_reports_the_gap_and_applies_nothing()
    {
        var ledger = new DeliveryLedger();
        ledger.Offer(new DeliveryRange(0, 10, 0));
        var stored = ledger.Capture();
        ledger.Written(stored);
        ledger.Offer(new DeliveryRange(0, 20, 10));

        // The target dies: what it applied after the checkpoint (20) is gone.
        var restored = new DeliveryLedger(stored);
        var receipt = restored.Offer(new DeliveryRange(0, 30, 20));

        Assert.Equal(DeliveryOutcome.Gap, receipt.Outcome);
        Assert.Equal(10, receipt.Mark);
        Assert.Equal(DeliveryOutcome.Applied, restored.Offer(new DeliveryRange(0, 20, 10)).Outcome);
        Assert.Equal(DeliveryOutcome.Applied, restored.Offer(new DeliveryRange(0, 30, 20)).Outcome);
    }

    [Fact]
    public void The_durable_mark_moves_only_when_a_checkpoint_is_written()
    {
        var ledger = new DeliveryLedger();
        Assert.Equal(0, ledger.Offer(new DeliveryRange(0, 10, 0)).DurableMark);
        var captured = ledger.Capture();
        Assert.Equal(0, ledger.Offer(new DeliveryRange(0, 20, 10)).DurableMark);

        ledger.Written(captured);

        var receipt = ledger.Offer(new DeliveryRange(0, 30, 20));
        Assert.Equal(10, receipt.DurableMark);
        Assert.Equal(30, receipt.Mark);
    }
}
