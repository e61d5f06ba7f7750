using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>
/// The online EM re-estimation of a brand's class priors. The synthetic streams come from a known generative model:
/// each post shows one of three signals, the signal of its true class with probability 0.7 and each other one with
/// 0.15, so the posterior a perfectly calibrated classifier trained with balanced classes would give is known exactly.
/// </summary>
public sealed class SentimentPriorAdapterTests
{
    private static readonly SentimentProbabilities Balanced = SentimentProbabilities.Uniform;

    [Fact]
    public void Estimate_converges_near_the_shifted_prior_of_the_stream()
    {
        var adapter = new SentimentPriorAdapter(Balanced);
        foreach (var post in Stream(new SentimentProbabilities(0.6f, 0.25f, 0.15f), 6_000, seed: 1))
        {
            adapter.Observe(post);
        }
        Assert.InRange(adapter.Estimate.Negative, 0.52f, 0.68f);
        Assert.InRange(adapter.Estimate.Neutral, 0.17f, 0.33f);
        Assert.InRange(adapter.Estimate.Positive, 0.07f, 0.23f);
    }

    [Fact]
    public void Estimate_follows_a_praise_heavy_stream_too()
    {
        var adapter = new SentimentPriorAdapter(Balanced);
        foreach (var post in Stream(new SentimentProbabilities(0.1f, 0.2f, 0.7f), 6_000, seed: 2))
        {
            adapter.Observe(post);
        }
        Assert.InRange(adapter.Estimate.Positive, 0.62f, 0.78f);
        Assert.True(adapter.Estimate.Negative < 0.18f, $"{adapter.Estimate}");
    }

    [Fact]
    public void Below_warm_up_probabilities_pass_through_unchanged()
    {
        var adapter = new SentimentPriorAdapter(Balanced, warmUp: 30);
        var posts = Stream(new SentimentProbabilities(0.9f, 0.05f, 0.05f), 30, seed: 3);
        foreach (var post in posts)
        {
            Assert.False(adapter.IsWarm);
            Assert.Equal(post, adapter.Adapt(post));
        }
        Assert.True(adapter.IsWarm);
        Assert.True(adapter.Estimate.Negative > 1f / 3, "the estimate learns during warm-up even though it is not applied");
        var ambiguous = new SentimentProbabilities(0.4f, 0.45f, 0.15f);
        Assert.NotEqual(ambiguous, adapter.Adapt(ambiguous));
    }

    [Fact]
    public void A_stream_with_the_training_priors_does_not_drift()
    {
        var adapter = new SentimentPriorAdapter(Balanced);
        foreach (var post in Stream(Balanced, 6_000, seed: 4))
        {
            adapter.Observe(post);
            Assert.True(adapter.Estimate.Negative < 0.45f, $"drifted negative to {adapter.Estimate} after {adapter.Seen} posts");
        }
        Assert.InRange(adapter.Estimate.Negative, 0.25f, 0.42f);
        Assert.InRange(adapter.Estimate.Neutral, 0.25f, 0.42f);
    }

    [Fact]
    public void A_neutral_stream_raises_neutral_and_never_negative()
    {
        var adapter = new SentimentPriorAdapter(Balanced);
        foreach (var post in Stream(new SentimentProbabilities(0.05f, 0.9f, 0.05f), 3_000, seed: 5))
        {
            adapter.Observe(post);
            Assert.True(adapter.Estimate.Negative <= 1f / 3 + 1e-3f, $"negative rose to {adapter.Estimate} after {adapter.Seen} posts");
        }
        Assert.True(adapter.Estimate.Neutral > 0.75f, $"{adapter.Estimate}");
    }

    [Fact]
    public void After_a_complaint_heavy_stream_an_ambiguous_post_reads_negative()
    {
        var adapter = new SentimentPriorAdapter(Balanced);
        foreach (var post in Stream(new SentimentProbabilities(0.7f, 0.2f, 0.1f), 2_000, seed: 6))
        {
            adapter.Observe(post);
        }
        var ambiguous = new SentimentProbabilities(0.4f, 0.45f, 0.15f);
        Assert.Equal(1, ambiguous.MostLikely);
        var adapted = adapter.Reweight(ambiguous);
        Assert.Equal(0, adapted.MostLikely);
        Assert.Equal(1f, adapted.Negative + adapted.Neutral + adapted.Positive, 4);
        Assert.True(adapted.ToScore() <= -0.05);
    }

    [Fact]
    public void Reweighting_is_bayes_rule_with_the_ratio_of_priors()
    {
        // Training priors not balanced: a model trained on 50% neutral; the stream's estimate is steered to 60% negative.
        var training = new SentimentProbabilities(0.25f, 0.5f, 0.25f);
        var adapter = new SentimentPriorAdapter(training, warmUp: 0, rate: 1f, floor: 0f, anchor: 0);
        adapter.Observe(new SentimentProbabilities(0.6f, 0.2f, 0.2f));
        // rate 1: the estimate is the first post's posterior under the training priors, which is the post itself.
        Assert.Equal(0.6f, adapter.Estimate.Negative, 5);
        var p = adapter.Reweight(new SentimentProbabilities(0.2f, 0.6f, 0.2f));
        // p'(y) ∝ p(y) · π'(y) / π(y) = 0.2·0.6/0.25, 0.6·0.2/0.5, 0.2·0.2/0.25 = 0.48, 0.24, 0.16.
        Assert.Equal(0.48f / 0.88f, p.Negative, 5);
        Assert.Equal(0.24f / 0.88f, p.Neutral, 5);
        Assert.Equal(0.16f / 0.88f, p.Positive, 5);
    }

    [Fact]
    public void No_class_falls_below_the_floor()
    {
        var adapter = new SentimentPriorAdapter(Balanced, floor: 0.05f);
        var certain = new SentimentProbabilities(0.98f, 0.01f, 0.01f);
        for (var i = 0; i < 5_000; i++)
        {
            adapter.Observe(certain);
        }
        Assert.True(adapter.Estimate.Neutral >= 0.045f && adapter.Estimate.Positive >= 0.045f, $"{adapter.Estimate}");
        Assert.True(adapter.Estimate.Negative > 0.85f, $"{adapter.Estimate}");
    }

    [Fact]
    public void Adapting_does_not_allocate()
    {
        var adapter = new SentimentPriorAdapter(Balanced);
        var posts = Stream(new SentimentProbabilities(0.6f, 0.25f, 0.15f), 1_000, seed: 7);
        var sum = 0f;
        foreach (var post in posts)
        {
            sum += adapter.Adapt(post).Negative;
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 10; round++)
        {
            foreach (var post in posts)
            {
                sum += adapter.Adapt(post).Negative;
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(float.IsFinite(sum));
        Assert.True(allocated < 1_000, $"{allocated} bytes allocated over 10,000 posts");
    }

    [Theory]
    [InlineData(-1, 0.01f, 0.02f, 0)]
    [InlineData(50, 0f, 0.02f, 0)]
    [InlineData(50, 1.5f, 0.02f, 0)]
    [InlineData(50, 0.01f, 0.4f, 0)]
    [InlineData(50, 0.01f, 0.02f, -1)]
    public void Rejects_invalid_settings(int warmUp, float rate, float floor, int anchor) =>
        Assert.ThrowsAny<ArgumentException>(() => new SentimentPriorAdapter(Balanced, warmUp, rate, floor, anchor));

    [Fact]
    public void Rejects_a_zero_training_prior() =>
        Assert.Throws<ArgumentException>(() => new SentimentPriorAdapter(new SentimentProbabilities(0.5f, 0.5f, 0f)));

    /// <summary>Posts of a stream whose true classes follow <paramref name="mix"/>, as the calibrated posteriors of their signals.</summary>
    private static SentimentProbabilities[] Stream(SentimentProbabilities mix, int count, int seed)
    {
        var random = new Random(seed);
        var posts = new SentimentProbabilities[count];
        for (var i = 0; i < count; i++)
        {
            var u = random.NextSingle();
            var label = u < mix.Negative ? 0 : u < mix.Negative + mix.Neutral ? 1 : 2;
            var signal = random.NextSingle() < 0.7f ? label : (label + 1 + random.Next(2)) % 3;
            posts[i] = signal switch
            {
                0 => new SentimentProbabilities(0.7f, 0.15f, 0.15f),
                1 => new SentimentProbabilities(0.15f, 0.7f, 0.15f),
                _ => new SentimentProbabilities(0.15f, 0.15f, 0.7f),
            };
        }
        return posts;
    }
}
