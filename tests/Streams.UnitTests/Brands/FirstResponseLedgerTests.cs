using Streams.Domain.Brands;
using Xunit;

namespace Streams.UnitTests.Brands;

public sealed class FirstResponseLedgerTests
{
    private static TimeSpan NearestRank(IEnumerable<TimeSpan> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }

    [Fact]
    public void Empty_ledger_has_no_percentiles()
    {
        var ledger = new FirstResponseLedger();
        Assert.Null(ledger.Percentile(0.5));
        Assert.Equal(0, ledger.AnsweredCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(101)]
    [InlineData(1_000)]
    public void Percentiles_are_nearest_rank(int count)
    {
        var random = new Random(count);
        var ledger = new FirstResponseLedger();
        var values = new List<TimeSpan>();
        for (var i = 0; i < count; i++)
        {
            var value = TimeSpan.FromSeconds(random.Next(0, 7_200));
            values.Add(value);
            ledger.Record("p" + i, value);
        }
        foreach (var p in new[] { 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1.0 })
        {
            Assert.Equal(NearestRank(values, p), ledger.Percentile(p));
        }
        Assert.Equal(values.Min(), ledger.Percentile(0));
        Assert.Equal(count, ledger.AnsweredCount);
    }

    [Fact]
    public void Nearest_rank_on_a_small_known_set()
    {
        var ledger = new FirstResponseLedger();
        foreach (var (id, minutes) in new[] { ("a", 15), ("b", 20), ("c", 35), ("d", 40), ("e", 50) })
        {
            ledger.Record(id, TimeSpan.FromMinutes(minutes));
        }
        Assert.Equal(TimeSpan.FromMinutes(35), ledger.Percentile(0.5));
        Assert.Equal(TimeSpan.FromMinutes(20), ledger.Percentile(0.4));
        Assert.Equal(TimeSpan.FromMinutes(50), ledger.Percentile(0.9));
        Assert.Equal(TimeSpan.FromMinutes(15), ledger.Percentile(0.05));
    }

    [Fact]
    public void A_later_earlier_answer_shrinks_the_post_instead_of_adding_one()
    {
        var ledger = new FirstResponseLedger();
        ledger.Record("a", TimeSpan.FromMinutes(10));
        ledger.Record("b", TimeSpan.FromMinutes(60));
        Assert.Equal(TimeSpan.FromMinutes(60), ledger.Percentile(1));

        ledger.Record("b", TimeSpan.FromMinutes(5));
        Assert.Equal(2, ledger.AnsweredCount);
        Assert.Equal(TimeSpan.FromMinutes(10), ledger.Percentile(1));
        Assert.Equal(TimeSpan.FromMinutes(5), ledger.Percentile(0.5));

        ledger.Record("b", TimeSpan.FromMinutes(30)); // Later than the known first answer: ignored.
        Assert.Equal(2, ledger.AnsweredCount);
        Assert.Equal(TimeSpan.FromMinutes(10), ledger.Percentile(1));
    }

    [Fact]
    public void Negative_durations_count_as_zero()
    {
        var ledger = new FirstResponseLedger();
        ledger.Record("a", TimeSpan.FromMinutes(-3));
        Assert.Equal(TimeSpan.Zero, ledger.Percentile(0.5));
    }

    [Fact]
    public void Capacity_keeps_the_most_recent_posts_and_counts_all()
    {
        var ledger = new FirstResponseLedger(capacity: 3);
        ledger.Record("a", TimeSpan.FromHours(10));
        ledger.Record("b", TimeSpan.FromMinutes(1));
        ledger.Record("c", TimeSpan.FromMinutes(2));
        ledger.Record("d", TimeSpan.FromMinutes(3));

        Assert.Equal(3, ledger.Capacity);
        Assert.Equal(4, ledger.AnsweredCount);
        Assert.Equal(TimeSpan.FromMinutes(3), ledger.Percentile(1)); // "a" fell out.
        Assert.Equal(TimeSpan.FromMinutes(1), ledger.Percentile(0));

        ledger.Record("e", TimeSpan.FromMinutes(4));
        Assert.Equal(TimeSpan.FromMinutes(2), ledger.Percentile(0)); // Then "b".
        Assert.Equal(5, ledger.AnsweredCount);
    }
}
