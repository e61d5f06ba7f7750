using Streams.Abstractions.Customers;
using Streams.Domain.Customers;
using Streams.Domain.Scoring;
using Xunit;

namespace Streams.UnitTests.Customers;

public sealed class CustomerAggregateTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static CustomerUpdate Update(
        CustomerPost[]? posts = null, Amplification[]? amplifications = null, string[]? answered = null,
        string? handle = null, long? followers = null, bool? verified = null) =>
        new(handle, followers, verified, posts ?? [], amplifications ?? [], answered ?? []);

    private static CustomerPost Post(string id, double minute, double sentiment, bool complaint, params string[] brands) =>
        new(id, T0.AddMinutes(minute), sentiment, brands, complaint);

    [Fact]
    public void A_customer_never_seen_has_an_empty_profile()
    {
        var customer = new CustomerAggregate("jane");
        Assert.False(customer.Seen);
        Assert.Equal(0, customer.Influence);
        var profile = customer.Profile();
        Assert.Equal("jane", profile.Id);
        Assert.Null(profile.Handle);
        Assert.Equal(0, profile.Amplification);
        Assert.Equal(0, profile.Influence);
        Assert.Empty(profile.Brands);
        Assert.Empty(profile.OpenComplaints);
        Assert.Empty(profile.RecentSentiment);
        Assert.Null(profile.FirstSeen);
        Assert.Null(profile.LastSeen);
    }

    [Fact]
    public void Missing_profile_fields_do_not_erase_known_ones()
    {
        var customer = new CustomerAggregate("jane");
        customer.Apply(Update(handle: "jane_d", followers: 48_000, verified: true));
        customer.Apply(Update(amplifications: [new Amplification(T0, 1)]));
        Assert.Equal(("jane_d", 48_000L, true), (customer.Handle, customer.Followers, customer.Verified));
        customer.Apply(Update(followers: 50_000, verified: false));
        Assert.Equal(("jane_d", 50_000L, false), (customer.Handle, customer.Followers, customer.Verified));
    }

    [Fact]
    public void Counts_hundreds_of_brands_in_order_of_first_mention_and_round_trips_them()
    {
        // Past a few brands the counts grow with slack: none of it may show in the profile or the snapshot.
        var customer = new CustomerAggregate("bot");
        var brands = Enumerable.Range(0, 300).Select(i => $"brand{i:D3}").ToArray();
        for (var round = 1; round <= 2; round++)
        {
            customer.Apply(Update(posts: [.. brands.Select((b, i) => Post($"p{round}-{i}", i, 0.1, false, b))]));
        }
        customer.Apply(Update(posts: [Post("extra", 1, 0.1, false, "brand007", "brand299")]));

        var expected = brands.Select(b => new KeyValuePair<string, long>(b, b is "brand007" or "brand299" ? 3 : 2)).ToArray();
        Assert.Equal(expected, customer.Profile().Brands);
        var snapshot = customer.Snapshot();
        Assert.Equal(expected, snapshot.Brands);
        var restored = CustomerAggregate.FromSnapshot(snapshot);
        restored.Apply(Update(posts: [Post("new", 2, 0.1, false, "newcomer")]));
        Assert.Equal([.. expected, new("newcomer", 1)], restored.Profile().Brands);
    }

    [Fact]
    public void Posts_count_per_brand_and_set_the_seen_span()
    {
        var customer = new CustomerAggregate("jane");
        customer.Apply(Update(posts: [Post("a", 5, -0.5, false, "acme"), Post("b", 1, 0.2, false, "acme", "globex")]));
        customer.Apply(Update(posts: [Post("c", 9, 0.1, false, "globex")]));

        var profile = customer.Profile();
        Assert.Equal(3, profile.PostCount);
        Assert.Equal(new Dictionary<string, long> { ["acme"] = 2, ["globex"] = 2 }, profile.Brands);
        Assert.Equal(T0.AddMinutes(1), profile.FirstSeen);
        Assert.Equal(T0.AddMinutes(9), profile.LastSeen);
        Assert.Equal((-0.5 + 0.2 + 0.1) / 3, profile.SentimentMean, 12);
        Assert.Equal([T0.AddMinutes(1), T0.AddMinutes(5), T0.AddMinutes(9)], profile.RecentSentiment.Select(p => p.At));
    }

    [Fact]
    public void Complaints_stay_open_until_answered()
    {
        var customer = new CustomerAggregate("jane");
        customer.Apply(Update(posts: [Post("a", 0, -0.7, true, "acme"), Post("b", 2, -0.4, true, "globex"), Post("c", 3, 0.5, false, "acme")]));
        Assert.Equal(["a", "b"], customer.Profile().OpenComplaints.Select(c => c.PostId));
        var first = customer.Profile().OpenComplaints[0];
        Assert.Equal((T0, -0.7), (first.At, first.Sentiment));
        Assert.Equal(["acme"], first.Brands);

        customer.Apply(Update(answered: ["a", "unknown"]));
        Assert.Equal(["b"], customer.Profile().OpenComplaints.Select(c => c.PostId));
        Assert.Equal(3, customer.Profile().PostCount);
    }

    [Fact]
    public void Only_the_newest_open_complaints_are_kept()
    {
        var customer = new CustomerAggregate("jane");
        var posts = Enumerable.Range(0, CustomerAggregate.MaxOpenComplaints + 5).Select(i => Post("p" + i, i, -0.5, true, "acme")).ToArray();
        customer.Apply(Update(posts: posts));
        var open = customer.Profile().OpenComplaints;
        Assert.Equal(CustomerAggregate.MaxOpenComplaints, open.Count);
        Assert.Equal("p5", open[0].PostId);
        Assert.Equal(CustomerAggregate.MaxOpenComplaints + 5, customer.PostCount);
    }

    [Fact]
    public void Complaints_arriving_out_of_order_keep_the_newest_in_time_order_and_a_resent_one_replaces_itself()
    {
        var customer = new CustomerAggregate("jane");
        var count = CustomerAggregate.MaxOpenComplaints + 10;
        // Every complaint once, in a shuffled order, in small updates as partitions would send them.
        var order = Enumerable.Range(0, count).OrderBy(i => (i * 37) % count).ToArray();
        foreach (var chunk in order.Chunk(7))
        {
            customer.Apply(Update(posts: [.. chunk.Select(i => Post("p" + i, i, -0.5, true, "acme"))]));
        }
        // Sent again with a revised sentiment (a retried flush): replaced, not added.
        customer.Apply(Update(posts: [Post("p30", 30, -0.9, true, "acme")]));
        // Older than everything kept: not kept.
        customer.Apply(Update(posts: [Post("old", -5, -0.5, true, "acme")]));

        var open = customer.Profile().OpenComplaints;
        Assert.Equal(Enumerable.Range(10, CustomerAggregate.MaxOpenComplaints).Select(i => "p" + i), open.Select(c => c.PostId));
        Assert.Equal(-0.9, open.Single(c => c.PostId == "p30").Sentiment);
    }

    [Fact]
    public void Influence_grows_with_amplification()
    {
        var customer = new CustomerAggregate("jane");
        var influence = customer.Apply(Update(posts: [Post("a", 0, -0.5, true, "acme")], followers: 2_000));
        Assert.Equal(InfluenceScorer.Score(2_000, false, 0), influence, 12);

        var previous = influence;
        for (var i = 0; i < 5; i++)
        {
            var next = customer.Apply(Update(amplifications: Enumerable.Range(0, 10).Select(j => new Amplification(T0.AddMinutes(1 + i), 1)).ToArray()));
            Assert.True(next > previous, $"{next} <= {previous}");
            previous = next;
        }
        Assert.Equal(previous, customer.Influence);
        // Five minutes of a seven-day half-life: barely decayed.
        Assert.InRange(customer.Profile().Amplification, 49.9, 50);
        Assert.Equal(Math.Round(customer.Influence, 1), customer.Profile().Influence);
        Assert.Equal(InfluenceScorer.Score(2_000, false, 50), customer.Influence, 1);
    }

    [Fact]
    public void Amplification_decays_over_event_time()
    {
        var customer = new CustomerAggregate("jane");
        customer.Apply(Update(amplifications: Enumerable.Range(0, 20).Select(_ => new Amplification(T0, 1)).ToArray(), followers: 1_000));
        var fresh = customer.Influence;
        Assert.Equal(20, customer.Profile().Amplification, 6);

        // A week of event time later (one half-life), the same reshares count half.
        customer.Apply(Update(posts: [Post("later", TimeSpan.FromDays(7).TotalMinutes, 0.1, false, "acme")]));
        Assert.Equal(10, customer.Profile().Amplification, 6);
        Assert.True(customer.Influence < fresh);
        Assert.Equal(InfluenceScorer.Score(1_000, false, 10), customer.Influence, 9);

        // A late amplification does not move "now" backwards.
        customer.Apply(Update(amplifications: [new Amplification(T0, 1)]));
        Assert.Equal(10.5, customer.Profile().Amplification, 6);
        Assert.Equal(T0.AddDays(7), customer.LastSeen);
    }
}
