namespace Streams.Domain.Text;

/// <summary>
/// How many posts had which class probabilities, on a grid of twentieths over the simplex (231 cells): the sufficient
/// statistic from which <see cref="EstimatePriors"/> re-estimates a stream's class priors. Whole counts, so the
/// estimate depends on which posts were counted, never on the order they were counted in; summing floats per post
/// would differ in the last bits between two orders and could flip a post near a threshold.
/// </summary>
/// <remarks>
/// A twentieth is coarse for one post but fine for a prior: the estimate moves a class prior by the mean of many
/// posteriors, and rounding each probability to the nearest 0.05 shifts that mean by much less than its sampling
/// noise at the few hundred posts the windows of an estimate hold. A grid of tenths (66 cells) would be a quarter of
/// the memory but turned a 0.15 into 0.1 or 0.2 by the parity of rounding. Not thread-safe.
/// </remarks>
public sealed class SentimentHistogram
{
    /// <summary>Grid steps per class: probabilities are counted to the nearest 1/Steps.</summary>
    public const int Steps = 20;

    /// <summary>Cells of the grid: pairs (negative, positive) in twentieths with negative + positive ≤ 1.</summary>
    public const int Cells = (Steps + 1) * (Steps + 2) / 2;

    // The probabilities each cell stands for, pulled a little off 0 and 1 so that re-weighting never meets a zero.
    private static readonly SentimentProbabilities[] Centers = BuildCenters();

    private readonly int[] counts = new int[Cells];

    /// <summary>Posts counted.</summary>
    public long Total { get; private set; }

    /// <summary>The posts counted in one cell.</summary>
    public int this[int cell] => counts[cell];

    /// <summary>The cell a post's probabilities fall in.</summary>
    public static int CellOf(SentimentProbabilities p)
    {
        var negative = Math.Clamp((int)MathF.Round(p.Negative * Steps), 0, Steps);
        var positive = Math.Clamp((int)MathF.Round(p.Positive * Steps), 0, Steps);
        if (negative + positive > Steps)
        {
            // Both rounded up past the simplex (0.48 / 0.52 and the like): the smaller class gives way.
            if (negative >= positive)
            {
                positive = Steps - negative;
            }
            else
            {
                negative = Steps - positive;
            }
        }
        return Index(negative, positive);
    }

    public void Add(SentimentProbabilities p) => Add(CellOf(p), 1);

    /// <summary>Adds <paramref name="count"/> posts to a cell (a checkpoint's counts, or another histogram's).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such cell, or a count below one.</exception>
    public void Add(int cell, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cell);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cell, Cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        counts[cell] += count;
        Total += count;
    }

    /// <summary>Adds every count of another histogram.</summary>
    public void Add(SentimentHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var cell = 0; cell < Cells; cell++)
        {
            counts[cell] += other.counts[cell];
        }
        Total += other.Total;
    }

    public void Clear()
    {
        Array.Clear(counts);
        Total = 0;
    }

    /// <summary>
    /// The class priors of the counted posts by EM (Saerens, Latinne and Decaestecker, Neural Computation 14(1),
    /// 2002): each post's posterior is re-weighted by estimate / training prior, the estimate becomes their mean, until
    /// it settles. <paramref name="anchor"/> posts' worth of the training priors are part of the mean (a Dirichlet
    /// prior), so a few posts cannot pull the estimate to one class; no class falls below <paramref name="floor"/>.
    /// Allocation-free; a fixed number of passes over the cells.
    /// </summary>
    public SentimentProbabilities EstimatePriors(SentimentProbabilities training, float anchor, float floor, int iterations = 25)
    {
        var estimate = training;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            double negative = anchor * training.Negative, neutral = anchor * training.Neutral, positive = anchor * training.Positive;
            for (var cell = 0; cell < Cells; cell++)
            {
                var count = counts[cell];
                if (count == 0)
                {
                    continue;
                }
                var posterior = Reweight(Centers[cell], estimate, training);
                negative += count * (double)posterior.Negative;
                neutral += count * (double)posterior.Neutral;
                positive += count * (double)posterior.Positive;
            }
            var sum = negative + neutral + positive;
            var n = MathF.Max((float)(negative / sum), floor);
            var u = MathF.Max((float)(neutral / sum), floor);
            var p = MathF.Max((float)(positive / sum), floor);
            var total = n + u + p;
            estimate = new SentimentProbabilities(n / total, u / total, p / total);
        }
        return estimate;
    }

    /// <summary>Bayes' rule for a change of class priors only: p'(y|x) ∝ p(y|x)·π'(y)/π(y).</summary>
    public static SentimentProbabilities Reweight(SentimentProbabilities p, SentimentProbabilities priors, SentimentProbabilities training)
    {
        var negative = p.Negative * priors.Negative / training.Negative;
        var neutral = p.Neutral * priors.Neutral / training.Neutral;
        var positive = p.Positive * priors.Positive / training.Positive;
        var sum = negative + neutral + positive;
        return sum > 0 ? new SentimentProbabilities(negative / sum, neutral / sum, positive / sum) : p;
    }

    // Row `negative` of the triangle starts after the rows above it, which hold Steps + 1, Steps, ... cells.
    private static int Index(int negative, int positive) =>
        negative * (Steps + 1) - negative * (negative - 1) / 2 + positive;

    private static SentimentProbabilities[] BuildCenters()
    {
        const float Pull = 0.25f; // In cells: a cell at 0 stands for 0.25/20.75, not for an impossible class.
        var centers = new SentimentProbabilities[Cells];
        for (var negative = 0; negative <= Steps; negative++)
        {
            for (var positive = 0; negative + positive <= Steps; positive++)
            {
                var neutral = Steps - negative - positive;
                const float Width = Steps + 3 * Pull;
                centers[Index(negative, positive)] = new SentimentProbabilities((negative + Pull) / Width, (neutral + Pull) / Width, (positive + Pull) / Width);
            }
        }
        return centers;
    }
}
