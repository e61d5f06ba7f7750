using Streams.Domain.Aggregation;
using Xunit;

namespace Streams.UnitTests.Aggregation;

public sealed class TopKTests
{
    [Fact]
    public void Keeps_everything_while_fewer_than_k_and_reports_no_minimum()
    {
        var top = new TopK<string, int>(3);
        top.Offer("a", 1, 10);
        top.Offer("b", 5, 20);

        Assert.Null(top.MinScore);
        Assert.Equal([("b", 5d, 20), ("a", 1d, 10)], top.Items());
        Assert.Equal(2, top.Count);
    }

    [Fact]
    public void When_full_a_higher_score_evicts_the_minimum_and_a_lower_or_equal_one_is_ignored()
    {
        var top = new TopK<string, string>(3);
        top.Offer("a", 3, "pa");
        top.Offer("b", 1, "pb");
        top.Offer("c", 2, "pc");
        Assert.Equal(1d, top.MinScore);

        top.Offer("d", 0.5, "pd");
        top.Offer("e", 1, "pe");
        Assert.Equal(["a", "c", "b"], top.Items().Select(i => i.Key));

        top.Offer("f", 2.5, "pf");
        Assert.Equal([("a", 3d, "pa"), ("f", 2.5, "pf"), ("c", 2d, "pc")], top.Items());
        Assert.Equal(2d, top.MinScore);
        Assert.False(top.Contains("b"));
    }

    [Fact]
    public void A_kept_key_takes_its_new_score_and_payload_even_when_lower()
    {
        var top = new TopK<string, string>(2);
        top.Offer("a", 10, "old");
        top.Offer("b", 5, "b");
        Assert.Equal(5d, top.MinScore);

        top.Offer("a", 1, "new");

        Assert.Equal([("b", 5d, "b"), ("a", 1d, "new")], top.Items());
        Assert.Equal(1d, top.MinScore);
        Assert.Equal(2, top.Count);
    }

    [Fact]
    public void A_kept_key_offered_again_does_not_take_a_second_slot()
    {
        var top = new TopK<string, int>(3);
        top.Offer("a", 1, 1);
        top.Offer("a", 2, 2);
        top.Offer("a", 3, 3);

        Assert.Equal(1, top.Count);
        Assert.Null(top.MinScore);
        Assert.Equal([("a", 3d, 3)], top.Items());
    }

    [Fact]
    public void Ties_sort_by_ordinal_key_for_strings()
    {
        var top = new TopK<string, int>(5);
        top.Offer("b", 1, 0);
        top.Offer("a", 1, 0);
        top.Offer("B", 1, 0);
        top.Offer("é", 1, 0);
        top.Offer("z", 2, 0);

        Assert.Equal(["z", "B", "a", "b", "é"], top.Items().Select(i => i.Key));
    }

    [Fact]
    public void Ties_sort_by_the_default_comparer_for_other_keys()
    {
        var top = new TopK<int, string>(4);
        top.Offer(30, 1, "x");
        top.Offer(-2, 1, "y");
        top.Offer(7, 1, "z");
        top.Offer(100, 0, "w");

        Assert.Equal([-2, 7, 30, 100], top.Items().Select(i => i.Key));
    }

    [Fact]
    public void Among_tied_minimums_the_one_that_sorts_last_is_evicted()
    {
        var top = new TopK<string, int>(2);
        top.Offer("a", 1, 0);
        top.Offer("b", 1, 0);
        top.Offer("c", 2, 0);

        Assert.Equal(["c", "a"], top.Items().Select(i => i.Key));

        var reversed = new TopK<string, int>(2);
        reversed.Offer("b", 1, 0);
        reversed.Offer("a", 1, 0);
        reversed.Offer("c", 2, 0);
        Assert.Equal(["c", "a"], reversed.Items().Select(i => i.Key));
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_distinct_scored_offers()
    {
        var random = new Random(4);
        var offers = Enumerable.Range(0, 200).Select(i => ($"post-{i}", random.Next(0, 50) + i / 1000.0, i)).ToArray();
        var expected = offers.OrderByDescending(o => o.Item2).Take(10).Select(o => (o.Item1, o.Item2, o.Item3)).ToArray();

        for (var round = 0; round < 10; round++)
        {
            random.Shuffle(offers);
            var top = new TopK<string, int>(10);
            foreach (var (key, score, payload) in offers)
            {
                top.Offer(key, score, payload);
            }
            Assert.Equal(expected, top.Items());
            Assert.Equal(expected[^1].Item2, top.MinScore);
        }
    }

    [Fact]
    public void Remove_frees_a_slot()
    {
        var top = new TopK<string, int>(2);
        top.Offer("a", 3, 0);
        top.Offer("b", 2, 0);

        Assert.True(top.Remove("a"));
        Assert.False(top.Remove("a"));
        Assert.Null(top.MinScore);

        top.Offer("c", 1, 0);
        Assert.Equal(["b", "c"], top.Items().Select(i => i.Key));
        Assert.Equal(1d, top.MinScore);
    }

    [Fact]
    public void Admits_exactly_the_offers_that_would_change_the_kept_set()
    {
        var top = new TopK<string, int>(2);
        Assert.True(top.Admits("a", 1)); // Room left.
        top.Offer("a", 1, 0);
        top.Offer("b", 3, 0);

        Assert.False(top.Admits("c", 1)); // Equal to the minimum: would be ignored.
        Assert.False(top.Admits("c", 0.5));
        Assert.True(top.Admits("c", 2)); // Would evict "a".
        Assert.True(top.Admits("a", 0.1)); // A kept key always takes its new score.
        Assert.True(top.Admits("c", double.NaN)); // So that Offer gets to reject it.

        var before = top.Items();
        top.Offer("c", 1, 0);
        Assert.Equal(before, top.Items());
    }

    [Fact]
    public void Rejects_nan_scores_and_non_positive_k()
    {
        var top = new TopK<string, int>(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => top.Offer("a", double.NaN, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TopK<string, int>(0));
        Assert.Equal(0, top.Count);
    }

    [Fact]
    public void Snapshot_round_trip_behaves_identically()
    {
        var original = new TopK<string, string>(3);
        original.Offer("a", 4, "pa");
        original.Offer("b", 2, "pb");
        original.Offer("c", 2, "pc");
        original.Offer("d", 1, "pd");

        var snapshot = original.Snapshot();
        var restored = TopK<string, string>.FromSnapshot(snapshot);

        Assert.Equal(3, snapshot.K);
        Assert.Equal(
            [new TopKEntry<string, string>("a", 4, "pa"), new("b", 2, "pb"), new("c", 2, "pc")],
            snapshot.Entries);
        foreach (var (key, score) in new[] { ("e", 2.0), ("f", 3.0), ("a", 0.5), ("g", 2.5) })
        {
            original.Offer(key, score, "p" + key);
            restored.Offer(key, score, "p" + key);
            Assert.Equal(original.Items(), restored.Items());
            Assert.Equal(original.MinScore, restored.MinScore);
        }
    }

    [Fact]
    public void Rejects_snapshots_with_duplicate_keys_or_too_many_entries()
    {
        Assert.Throws<ArgumentException>(() => TopK<string, int>.FromSnapshot(
            new TopKSnapshot<string, int>(3, [new("a", 1, 0), new("a", 2, 0)])));
        Assert.Throws<ArgumentException>(() => TopK<string, int>.FromSnapshot(
            new TopKSnapshot<string, int>(1, [new("a", 1, 0), new("b", 2, 0)])));
    }
}
