using Streams.Domain.Brands;
using Xunit;

namespace Streams.UnitTests.Brands;

public sealed class FirstResponseLedgerSnapshotTests
{
    [Fact]
    public void A_restored_ledger_keeps_percentiles_counts_and_eviction_order()
    {
        var ledger = new FirstResponseLedger(capacity: 4);
        for (var i = 0; i < 6; i++)
        {
            ledger.Record("p" + i, TimeSpan.FromMinutes(10 - i));
        }
        ledger.Record("p3", TimeSpan.FromMinutes(1)); // an earlier answer arriving late

        var restored = FirstResponseLedger.FromSnapshot(ledger.Snapshot());
        Assert.Equal(6, restored.AnsweredCount);
        Assert.Equal(ledger.Percentile(0.5), restored.Percentile(0.5));
        Assert.Equal(ledger.Percentile(0.9), restored.Percentile(0.9));

        // The oldest kept post (p2) must be the next one evicted in both.
        ledger.Record("p6", TimeSpan.FromMinutes(30));
        restored.Record("p6", TimeSpan.FromMinutes(30));
        Assert.Equal(ledger.Snapshot().Entries, restored.Snapshot().Entries);
        Assert.Equal("p3", restored.Snapshot().Entries[0].PostId);
    }

    [Fact]
    public void A_snapshot_holding_a_post_twice_is_refused()
    {
        var snapshot = new FirstResponseLedgerSnapshot(10, 2, [new FirstResponseEntry("a", TimeSpan.Zero), new FirstResponseEntry("a", TimeSpan.Zero)]);
        Assert.Throws<ArgumentException>(() => FirstResponseLedger.FromSnapshot(snapshot));
    }
}
