using Streams.Abstractions.Escalations;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary>Scripted firehoses through the real pipeline, checking when escalations are raised, raised further, resolved, and not raised.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EscalationScenarioTests(StreamsCluster cluster)
{
    private const string Complaint = "my order never arrived, this is terrible and your support is useless";

    [Fact]
    public async Task Unanswered_negative_post_that_spreads_raises_one_escalation_which_worsens_then_resolves()
    {
        var (script, brand, handle) = await NewBrandAsync();
        script.Post("p1", "angry", 2_000, $"@{handle} {Complaint}", minute: 0)
            .Reposts("p1", 8, from: 1, to: 6, followers: 300);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();

        var first = Assert.Single(await cluster.EscalationsAsync(brand, EscalationStatus.Open));
        Assert.Equal($"{brand}:{script.Id("p1")}", first.Id);
        Assert.Equal(script.Id("angry"), first.AuthorId);
        Assert.InRange(first.Severity, 3, 4);
        Assert.Contains(first.Reasons, r => r.Contains("author has 2k followers"));
        Assert.Contains(first.Reasons, r => r.Contains("reshares in 10 minutes"));

        var more = new FirehoseScript(script.Prefix).Reposts("p1", 60, from: 6, to: 14, followers: 1_000);
        await cluster.IngestAsync(more.ToNdjson());
        await cluster.WaitSettledAsync();

        var worse = Assert.Single(await cluster.EscalationsAsync(brand, status: null));
        Assert.Equal(first.Id, worse.Id);
        Assert.True(worse.Severity < first.Severity, $"severity {worse.Severity} should be worse than {first.Severity}");
        Assert.True(worse.Score > first.Score);
        Assert.Equal(first.RaisedAt, worse.RaisedAt);
        Assert.Equal(EscalationStatus.Open, worse.Status);

        await cluster.IngestAsync(new FirehoseScript(script.Prefix).BrandReply("answer", handle, "p1", minute: 20).ToNdjson());
        await cluster.WaitSettledAsync();

        var resolved = Assert.Single(await cluster.EscalationsAsync(brand, status: null));
        Assert.Equal(EscalationStatus.Resolved, resolved.Status);
        Assert.Equal(FirehoseScript.Start.AddMinutes(20), resolved.ResolvedAt);
        Assert.Empty(await cluster.EscalationsAsync(brand, EscalationStatus.Open));
        Assert.Equal(1, (await cluster.StatsAsync(brand)).AnsweredCount);
    }

    [Fact]
    public async Task Answered_post_that_then_spreads_raises_none()
    {
        var (script, brand, handle) = await NewBrandAsync();
        script.Post("p1", "angry", 2_000, $"@{handle} {Complaint}", minute: 0)
            .BrandReply("answer", handle, "p1", minute: 1)
            .Reposts("p1", 80, from: 2, to: 12, followers: 1_000);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();

        Assert.Empty(await cluster.EscalationsAsync(brand, status: null, includeWithdrawn: true));
    }

    [Fact]
    public async Task Positive_post_that_spreads_raises_none()
    {
        var (script, brand, handle) = await NewBrandAsync();
        script.Post("p1", "fan", 2_000, $"@{handle} thank you so much, great service, I love it!", minute: 0)
            .Reposts("p1", 80, from: 1, to: 10, followers: 1_000);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();

        Assert.Empty(await cluster.EscalationsAsync(brand, status: null, includeWithdrawn: true));
        Assert.Equal(1, (await cluster.StatsAsync(brand)).MentionCount);
    }

    [Fact]
    public async Task Negative_post_that_does_not_spread_raises_none()
    {
        var (script, brand, handle) = await NewBrandAsync();
        script.Post("p1", "angry", 2_000, $"@{handle} {Complaint}", minute: 0)
            .Reposts("p1", 2, from: 5, to: 30, followers: 300)
            .Likes("p1", 5, from: 1, to: 40);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();

        Assert.Empty(await cluster.EscalationsAsync(brand, status: null, includeWithdrawn: true));
    }

    [Fact]
    public async Task Post_about_another_brand_raises_none_for_this_brand()
    {
        var (script, brand, _) = await NewBrandAsync();
        var other = TestBrands.NewPrefix();
        var otherBrand = TestBrands.Unique(other);
        await cluster.RegisterBrandAsync(otherBrand);
        script.Post("p1", "angry", 2_000, $"@{TestBrands.HandleOf(other)} {Complaint}", minute: 0)
            .Reposts("p1", 80, from: 1, to: 10, followers: 1_000);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();

        Assert.Empty(await cluster.EscalationsAsync(brand, status: null, includeWithdrawn: true));
        Assert.Equal(0, (await cluster.StatsAsync(brand)).MentionCount);
        Assert.Single(await cluster.EscalationsAsync(otherBrand.Id, EscalationStatus.Open));
    }

    [Fact]
    public async Task Brand_reply_further_down_the_thread_answers_the_root()
    {
        var (script, brand, handle) = await NewBrandAsync();
        script.Post("root", "angry", 2_000, $"@{handle} {Complaint}", minute: 0)
            .Reposts("root", 40, from: 1, to: 8, followers: 800)
            .Post("followup", "angry", 2_000, "still waiting, nobody answers", minute: 9, inReplyTo: "root")
            .BrandReply("answer", handle, "followup", minute: 12);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();

        var escalation = Assert.Single(await cluster.EscalationsAsync(brand, status: null));
        Assert.Equal(EscalationStatus.Resolved, escalation.Status);
        Assert.Equal(FirehoseScript.Start.AddMinutes(12), escalation.ResolvedAt);
        var root = await cluster.Grains.GetGrain<Abstractions.Posts.IPostPartitionGrain>(PartitionOf(script.Id("root"))).GetPostAsync(script.Id("root"));
        Assert.NotNull(root);
        Assert.True(root.Answered);
        Assert.Equal("thread", Assert.Single(root.Answers).Channel);
    }

    [Fact]
    public async Task Answer_on_another_channel_resolves_the_escalation()
    {
        var (script, brand, handle) = await NewBrandAsync();
        script.Post("p1", "angry", 2_000, $"@{handle} {Complaint}", minute: 0)
            .Reposts("p1", 40, from: 1, to: 8, followers: 800);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();
        Assert.Single(await cluster.EscalationsAsync(brand, EscalationStatus.Open));

        var partition = cluster.Grains.GetGrain<Abstractions.Posts.IPostPartitionGrain>(PartitionOf(script.Id("p1")));
        var outcome = await partition.MarkAnsweredAsync(script.Id("p1"), brand, FirehoseScript.Start.AddMinutes(9));
        Assert.Equal(Abstractions.Posts.AnswerOutcome.Answered, outcome);
        await cluster.WaitSettledAsync();

        var resolved = Assert.Single(await cluster.EscalationsAsync(brand, status: null));
        Assert.Equal(EscalationStatus.Resolved, resolved.Status);
        Assert.Equal(Abstractions.Posts.AnswerOutcome.AlreadyAnswered, await partition.MarkAnsweredAsync(script.Id("p1"), brand, null));
    }

    [Fact]
    public async Task Late_answer_that_predates_the_spread_withdraws_the_escalation()
    {
        var (script, brand, handle) = await NewBrandAsync();
        script.Post("p1", "angry", 2_000, $"@{handle} {Complaint}", minute: 0)
            .Reposts("p1", 40, from: 2, to: 8, followers: 800);
        await cluster.IngestAsync(script.ToNdjson());
        await cluster.WaitSettledAsync();
        Assert.Single(await cluster.EscalationsAsync(brand, EscalationStatus.Open));

        // The brand had answered at minute 1, before the post spread; the reply arrives late.
        await cluster.IngestAsync(new FirehoseScript(script.Prefix).BrandReply("answer", handle, "p1", minute: 1).ToNdjson());
        await cluster.WaitSettledAsync();

        Assert.Empty(await cluster.EscalationsAsync(brand, status: null));
        var withdrawn = Assert.Single(await cluster.EscalationsAsync(brand, EscalationStatus.Withdrawn));
        Assert.Equal(FirehoseScript.Start.AddMinutes(1), withdrawn.ResolvedAt);
    }

    private async Task<(FirehoseScript Script, string Brand, string Handle)> NewBrandAsync()
    {
        var prefix = TestBrands.NewPrefix();
        var brand = TestBrands.Unique(prefix);
        await cluster.RegisterBrandAsync(brand);
        return (new FirehoseScript(prefix), brand.Id, TestBrands.HandleOf(prefix));
    }

    private static int PartitionOf(string postId) =>
        Abstractions.Pipeline.PartitionMap.PartitionOf(postId, int.Parse(StreamsCluster.Settings["Streams:Partitions"]!));
}
