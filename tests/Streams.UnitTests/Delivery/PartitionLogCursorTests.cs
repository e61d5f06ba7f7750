using Streams.Domain.Delivery;
using Xunit;

namespace Streams.UnitTests.Delivery;

public sealed class PartitionLogCursorTests
{
    [Fact]
    public void Positions_grow_with_the_log_and_with_every_flush_at_the_same_entry()
    {
        var cursor = new PartitionLogCursor(restoredAt: 0, replayThrough: 0);
        cursor.Advance(3);
        var first = cursor.NextDeliveryPosition();
        var second = cursor.NextDeliveryPosition();
        cursor.Advance(4);
        var third = cursor.NextDeliveryPosition();

        Assert.Equal(3 * PartitionLogCursor.FlushesPerEntry, first);
        Assert.True(second > first);
        Assert.True(third > second);
        Assert.Equal(4 * PartitionLogCursor.FlushesPerEntry, third);
    }

    [Fact]
    public void A_replayed_entry_gets_the_position_a_first_flush_after_it_had()
    {
        // Before the kill: entries 5..8 went out in one flush, at 8's position.
        var before = new PartitionLogCursor(restoredAt: 4, replayThrough: 4);
        before.Advance(8);
        var original = before.NextDeliveryPosition();

        // After: restored at 4, the log ends at 8; each replayed entry flushes on its own.
        var after = new PartitionLogCursor(restoredAt: 4, replayThrough: 8);
        Assert.False(after.FlushEachEntry);
        var replayed = new List<long>();
        for (var entry = 5; entry <= 8; entry++)
        {
            after.Advance(entry);
            Assert.True(after.FlushEachEntry);
            replayed.Add(after.NextDeliveryPosition());
        }

        Assert.All(replayed, p => Assert.True(p <= original)); // all already delivered: duplicates
        Assert.Equal(original, replayed[^1]);
        after.Advance(9);
        Assert.False(after.FlushEachEntry);
        Assert.False(after.Replaying);
        Assert.True(after.NextDeliveryPosition() > original); // new
    }

    [Fact]
    public void The_position_stops_growing_after_too_many_flushes_at_one_entry()
    {
        var cursor = new PartitionLogCursor(0, 0);
        cursor.Advance(1);
        long last = 0;
        for (var i = 0; i < PartitionLogCursor.FlushesPerEntry + 5; i++)
        {
            last = cursor.NextDeliveryPosition();
        }
        Assert.Equal(2 * PartitionLogCursor.FlushesPerEntry - 1, last);
    }

    [Fact]
    public void The_log_only_moves_forward()
    {
        var cursor = new PartitionLogCursor(10, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => cursor.Advance(10));
    }
}
