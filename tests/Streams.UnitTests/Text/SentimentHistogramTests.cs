using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>
/// The EM estimate of a stream's class priors from counted probabilities. The synthetic streams come from a known
/// generative model: each post shows one of three signals, the signal of its true class with probability 0.7 and each
/// other one with 0.15, so the posterior a perfectly calibrated classifier trained with balanced classes would give is
/// known exactly.
/// </summary>
public sealed class SentimentHistogramTests
{
    private static readonly SentimentProbabilities Balanced = SentimentProbabilities.Uniform;

    [Fact]
    public void Estimate_finds_the_shifted_prior_of_a_complaint_heavy_stream()
    {
        var estimate = Histogram(new SentimentProbabilities(0.6f, 0.25f, 0.15f), 6_000, seed: 1).EstimatePriors(Balanced, 50, 0.02f);
        Assert.InRange(estimate.Negative, 0.54f, 0.66f);
        Assert.InRange(estimate.Neutral, 0.19f, 0.31f);
        Assert.InRange(estimate.Positive, 0.09f, 0.21f);
    }

    [Fact]
    public void Estimate_finds_a_praise_heavy_prior_too()
    {
        var estimate = Histogram(new SentimentProbabilities(0.1f, 0.2f, 0.7f), 6_000, seed: 2).EstimatePriors(Balanced, 50, 0.02f);
        Assert.InRange(estimate.Positive, 0.64f, 0.76f);
        Assert.True(estimate.Negative < 0.16f, $"{estimate}");
    }

    [Fact]
    public void A_stream_with_the_training_priors_stays_there()
    {
        var estimate = Histogram(Balanced, 6_000, seed: 4).EstimatePriors(Balanced, 50, 0.02f);
        Assert.InRange(estimate.Negative, 0.28f, 0.39f);
        Assert.InRange(estimate.Neutral, 0.28f, 0.39f);
        Assert.InRange(estimate.Positive, 0.28f, 0.39f);
    }

    [Fact]
    public void The_anchor_holds_a_few_posts_near_the_training_priors()
    {
        var few = Histogram(new SentimentProbabilities(1f, 0f, 0f), 10, seed: 5);
        var anchored = few.EstimatePriors(Balanced, 50, 0.02f);
        var free = few.EstimatePriors(Balanced, 0, 0.02f);
        Assert.True(anchored.Negative < 0.5f, $"{anchored}");
        Assert.True(free.Negative > 0.8f, $"{free}");
    }

    [Fact]
    public void No_class_falls_below_the_floor()
    {
        var histogram = new SentimentHistogram();
        for (var i = 0; i < 5_000; i++)
        {
            histogram.Add(new SentimentProbabilities(0.98f, 0.01f, 0.01f));
        }
        var estimate = histogram.EstimatePriors(Balanced, 50, 0.05f);
        Assert.True(estimate.Neutral >= 0.045f && estimate.Positive >= 0.045f, $"{estimate}");
        Assert.True(estimate.Negative > 0.85f, $"{estimate}");
    }

    [Fact]
    public void An_empty_histogram_estimates_the_training_priors()
    {
        var training = new SentimentProbabilities(0.25f, 0.5f, 0.25f);
        var estimate = new SentimentHistogram().EstimatePriors(training, 50, 0.02f);
        Assert.Equal(training.Negative, estimate.Negative, 5);
        Assert.Equal(training.Neutral, estimate.Neutral, 5);
    }

    [Fact]
    public void Counts_do_not_depend_on_the_order_posts_came_in()
    {
        var posts = Stream(new SentimentProbabilities(0.5f, 0.3f, 0.2f), 2_000, seed: 6);
        var inOrder = new SentimentHistogram();
        var reversed = new SentimentHistogram();
        foreach (var post in posts)
        {
            inOrder.Add(post);
        }
        foreach (var post in posts.Reverse())
        {
            reversed.Add(post);
        }
        Assert.Equal(inOrder.EstimatePriors(Balanced, 50, 0.02f), reversed.EstimatePriors(Balanced, 50, 0.02f));

        var merged = new SentimentHistogram();
        merged.Add(inOrder);
        Assert.Equal(inOrder.Total, merged.Total);
        Assert.Equal(inOrder.EstimatePriors(Balanced, 50, 0.02f), merged.EstimatePriors(Balanced, 50, 0.02f));
    }

    [Theory]
    [InlineData(0f, 0f, 0)]
    [InlineData(0.7f, 0.15f, 14 * 21 - 14 * 13 / 2 + 3)]
    [InlineData(1f, 0f, SentimentHistogram.Cells - 1)]
    [InlineData(0f, 1f, SentimentHistogram.Steps)]
    [InlineData(0.49f, 0.51f, 10 * 21 - 10 * 9 / 2 + 10)]
    public void Cells_cover_the_simplex_in_twentieths(float negative, float positive, int cell)
    {
        Assert.Equal(cell, SentimentHistogram.CellOf(new SentimentProbabilities(negative, 1 - negative - positive, positive)));
    }

    [Fact]
    public void Every_cell_is_reachable_and_distinct()
    {
        var cells = new HashSet<int>();
        for (var n = 0; n <= SentimentHistogram.Steps; n++)
        {
            for (var p = 0; n + p <= SentimentHistogram.Steps; p++)
            {
                float negative = n / (float)SentimentHistogram.Steps, positive = p / (float)SentimentHistogram.Steps;
                cells.Add(SentimentHistogram.CellOf(new SentimentProbabilities(negative, 1 - negative - positive, positive)));
            }
        }
        Assert.Equal(SentimentHistogram.Cells, cells.Count);
        Assert.Equal(0, cells.Min());
        Assert.Equal(SentimentHistogram.Cells - 1, cells.Max());
    }

    [Fact]
    public void Reweighting_is_bayes_rule_with_the_ratio_of_priors()
    {
        var training = new SentimentProbabilities(0.25f, 0.5f, 0.25f);
        var stream = new SentimentProbabilities(0.6f, 0.2f, 0.2f);
        var p = SentimentHistogram.Reweight(new SentimentProbabilities(0.2f, 0.6f, 0.2f), stream, training);
        // p'(y) ∝ p(y) · π'(y) / π(y) = 0.2·0.6/0.25, 0.6·0.2/0.5, 0.2·0.2/0.25 = 0.48, 0.24, 0.16.
        Assert.Equal(0.48f / 0.88f, p.Negative, 5);
        Assert.Equal(0.24f / 0.88f, p.Neutral, 5);
        Assert.Equal(0.16f / 0.88f, p.Positive, 5);
    }

    [Fact]
    public void Estimating_does_not_allocate()
    {
        var histogram = Histogram(new SentimentProbabilities(0.6f, 0.25f, 0.15f), 1_000, seed: 7);
        var sum = histogram.EstimatePriors(Balanced, 50, 0.02f).Negative;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            sum += histogram.EstimatePriors(Balanced, 50, 0.02f).Negative;
            histogram.Add(new SentimentProbabilities(0.5f, 0.25f, 0.25f));
        }
        Assert.True(float.IsFinite(sum));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Rejects_cells_and_counts_out_of_range()
    {
        var histogram = new SentimentHistogram();
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.Add(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.Add(SentimentHistogram.Cells, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.Add(0, 0));
        Assert.Equal(0, histogram.Total);
    }

    private static SentimentHistogram Histogram(SentimentProbabilities mix, int count, int seed)
    {
        var histogram = new SentimentHistogram();
        foreach (var post in Stream(mix, count, seed))
        {
            histogram.Add(post);
        }
        return histogram;
    }

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
