namespace Streams.Domain.Text;

/// <summary>
/// The three class probabilities of one post (negative, neutral, positive), summing to one. A value type so that
/// scoring, prior adaptation and thresholding pass it around without allocating.
/// </summary>
public readonly record struct SentimentProbabilities(float Negative, float Neutral, float Positive)
{
    /// <summary>Equal probabilities: the class priors of a balanced training set.</summary>
    public static SentimentProbabilities Uniform => new(1f / 3, 1f / 3, 1f / 3);

    /// <summary>Every class has a positive probability, as class priors must for Bayes' re-weighting.</summary>
    public bool AllPositive => Negative > 0 && Neutral > 0 && Positive > 0;

    /// <summary>The most probable class (0 negative, 1 neutral, 2 positive); ties go to negative, then positive.</summary>
    public int MostLikely => Negative >= Neutral && Negative >= Positive ? 0 : Positive > Neutral ? 2 : 1;

    /// <summary>
    /// The sentiment score in [-1, 1] that these probabilities stand for: the most probable class decides the side of
    /// the -0.05/0.05 thresholds and P(positive) - P(negative) the magnitude, so the thresholds keep their meaning for
    /// every caller of <see cref="SentimentAnalyzer.Score"/>.
    /// </summary>
    public double ToScore()
    {
        var balance = (double)(Positive - Negative);
        return MostLikely switch
        {
            0 => Math.Min(balance, -0.05),
            2 => Math.Max(balance, 0.05),
            _ => balance * 0.049,
        };
    }
}
