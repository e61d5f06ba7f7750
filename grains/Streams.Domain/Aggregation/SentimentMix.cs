namespace Streams.Domain.Aggregation;

/// <summary>
/// Counts of negative, neutral and positive sentiment scores. A score ≤ <see cref="NegativeThreshold"/>
/// is negative, ≥ <see cref="PositiveThreshold"/> positive, anything between neutral (defaults ∓0.05,
/// the usual cut-offs for compound lexicon scores).
/// </summary>
/// <remarks>Not thread-safe: callers (a grain) serialise access.</remarks>
public sealed class SentimentMix
{
    public const double DefaultNegativeThreshold = -0.05;
    public const double DefaultPositiveThreshold = 0.05;

    public SentimentMix(double negativeThreshold = DefaultNegativeThreshold, double positiveThreshold = DefaultPositiveThreshold)
    {
        if (!double.IsFinite(negativeThreshold) || !double.IsFinite(positiveThreshold) || negativeThreshold >= positiveThreshold)
        {
            throw new ArgumentException("The thresholds must be finite, with the negative one below the positive one.");
        }
        NegativeThreshold = negativeThreshold;
        PositiveThreshold = positiveThreshold;
    }

    public double NegativeThreshold { get; }

    public double PositiveThreshold { get; }

    public long Negative { get; private set; }

    public long Neutral { get; private set; }

    public long Positive { get; private set; }

    public long Total => Negative + Neutral + Positive;

    /// <summary>Fractions summing to 1, or all zero when empty.</summary>
    public SentimentShares Shares
    {
        get
        {
            var total = Total;
            if (total == 0)
            {
                return default;
            }
            double all = total;
            return new SentimentShares(Negative / all, Neutral / all, Positive / all);
        }
    }

    /// <exception cref="ArgumentOutOfRangeException">The sentiment is NaN.</exception>
    public void Add(double sentiment)
    {
        if (sentiment <= NegativeThreshold)
        {
            Negative++;
        }
        else if (sentiment >= PositiveThreshold)
        {
            Positive++;
        }
        else if (double.IsNaN(sentiment))
        {
            throw new ArgumentOutOfRangeException(nameof(sentiment), sentiment, "The sentiment must be a number.");
        }
        else
        {
            Neutral++;
        }
    }

    public SentimentMixSnapshot Snapshot() => new(NegativeThreshold, PositiveThreshold, Negative, Neutral, Positive);

    public static SentimentMix FromSnapshot(SentimentMixSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Negative < 0 || snapshot.Neutral < 0 || snapshot.Positive < 0)
        {
            throw new ArgumentException("The snapshot counts cannot be negative.", nameof(snapshot));
        }
        return new SentimentMix(snapshot.NegativeThreshold, snapshot.PositiveThreshold)
        {
            Negative = snapshot.Negative,
            Neutral = snapshot.Neutral,
            Positive = snapshot.Positive,
        };
    }
}
