namespace Streams.Domain.Text;

/// <summary>
/// Adapts the sentiment model to one brand's stream without labels. The model learnt its probabilities on general
/// tweets with balanced classes; posts aimed at a brand's care account are mostly complaints, so a model that
/// assumes its training priors under-calls negative there. Bayes' rule says what to do when only the priors differ:
/// p'(y|x) ∝ p(y|x)·π'(y)/π(y), and π' itself can be estimated from the unlabelled posts by EM, as the mean of the
/// re-weighted posteriors it implies (Saerens, Latinne and Decaestecker, Neural Computation 14(1), 2002).
/// Here the EM runs online, one step per post: the estimate moves toward each post's re-weighted posterior by
/// 1/(<see cref="Anchor"/> + n) (a running mean that starts from the training priors, weighted as <see cref="Anchor"/>
/// posts) until that falls to <see cref="Rate"/>, so it follows a brand whose mix changes (an outage day) while
/// forgetting old posts. EM needs calibrated probabilities: the model's temperature provides them
/// (<see cref="SentimentModel.Temperature"/>); with the raw, under-confident ones the estimate ran away to one class. Below <see cref="WarmUp"/> posts the estimate is too noisy to
/// trust and probabilities pass through unchanged. A floor keeps every class possible, so a run of one class cannot
/// lock the other two out. One instance per brand; not thread-safe (a brand is updated by one partition at a time);
/// a handful of float operations per post and no allocation.
/// </summary>
public sealed class SentimentPriorAdapter
{
    // The defaults were chosen with `tune-prior` (benchmarks/PriorTuning.cs) on label-shifted streams drawn from the
    // SemEval and DEFT val splits, by mean accuracy over complaint-heavy, praise-heavy, neutral-heavy and balanced
    // mixes; never on the held-out airline set.

    /// <summary>Default warm-up: posts observed before the estimate is used.</summary>
    public const int DefaultWarmUp = 50;

    /// <summary>Default rate: once past the anchor phase the estimate spans roughly the last 1/rate (about 330) posts.</summary>
    public const float DefaultRate = 0.003f;

    /// <summary>
    /// Default weight of the training priors in the estimate, in posts: the first posts of a stream move it by
    /// 1/(anchor + n), not 1/n, so that a few early posts cannot pull it to one class that then reinforces itself.
    /// </summary>
    public const int DefaultAnchor = 50;

    /// <summary>No class prior is estimated below this: a brand's stream is never certain to hold no praise or no complaint.</summary>
    public const float DefaultFloor = 0.02f;

    private readonly SentimentProbabilities training;
    private SentimentProbabilities estimate;

    /// <param name="trainingPriors">The class frequencies the model was trained with (<see cref="SentimentModel.TrainingPriors"/>).</param>
    /// <param name="warmUp">Posts observed before re-weighting starts.</param>
    /// <param name="rate">The smallest step of the running estimate, in (0, 1].</param>
    /// <param name="floor">The smallest prior estimated for any class, in [0, 1/3).</param>
    /// <param name="anchor">The weight of the training priors in the estimate, in posts.</param>
    public SentimentPriorAdapter(SentimentProbabilities trainingPriors, int warmUp = DefaultWarmUp, float rate = DefaultRate, float floor = DefaultFloor, int anchor = DefaultAnchor)
    {
        if (!trainingPriors.AllPositive)
        {
            throw new ArgumentException("Every class needs a positive training prior.", nameof(trainingPriors));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(warmUp);
        ArgumentOutOfRangeException.ThrowIfNegative(anchor);
        if (!(rate > 0 && rate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The rate must be in (0, 1].");
        }
        if (!(floor >= 0 && floor < 1f / 3))
        {
            throw new ArgumentOutOfRangeException(nameof(floor), floor, "The floor must be in [0, 1/3).");
        }
        training = trainingPriors;
        estimate = trainingPriors;
        WarmUp = warmUp;
        Rate = rate;
        Floor = floor;
        Anchor = anchor;
    }

    public int WarmUp { get; }

    public float Rate { get; }

    public float Floor { get; }

    public int Anchor { get; }

    /// <summary>Posts observed so far.</summary>
    public long Seen { get; private set; }

    /// <summary>The current estimate of this stream's class priors (the training priors until a post is observed).</summary>
    public SentimentProbabilities Estimate => estimate;

    /// <summary>Whether <see cref="Reweight"/> applies the estimate yet.</summary>
    public bool IsWarm => Seen >= WarmUp;

    /// <summary>
    /// Re-weights the model's probabilities of one post by the current estimate, then folds the post into the estimate:
    /// the post is judged by the posts before it only, as it would be live.
    /// </summary>
    public SentimentProbabilities Adapt(SentimentProbabilities probabilities)
    {
        var adapted = Reweight(probabilities);
        Observe(probabilities);
        return adapted;
    }

    /// <summary>The probabilities under the current estimate, or unchanged while warming up. Does not change the estimate.</summary>
    public SentimentProbabilities Reweight(SentimentProbabilities probabilities) =>
        IsWarm ? Shift(probabilities, estimate) : probabilities;

    /// <summary>One online EM step: moves the estimate toward this post's posterior under the current estimate.</summary>
    public void Observe(SentimentProbabilities probabilities)
    {
        var posterior = Shift(probabilities, estimate);
        Seen++;
        var step = MathF.Max(1f / (Anchor + Seen), Rate);
        var negative = MathF.Max(estimate.Negative + step * (posterior.Negative - estimate.Negative), Floor);
        var neutral = MathF.Max(estimate.Neutral + step * (posterior.Neutral - estimate.Neutral), Floor);
        var positive = MathF.Max(estimate.Positive + step * (posterior.Positive - estimate.Positive), Floor);
        var sum = negative + neutral + positive;
        estimate = new SentimentProbabilities(negative / sum, neutral / sum, positive / sum);
    }

    private SentimentProbabilities Shift(SentimentProbabilities p, SentimentProbabilities priors)
    {
        var negative = p.Negative * priors.Negative / training.Negative;
        var neutral = p.Neutral * priors.Neutral / training.Neutral;
        var positive = p.Positive * priors.Positive / training.Positive;
        var sum = negative + neutral + positive;
        return sum > 0 ? new SentimentProbabilities(negative / sum, neutral / sum, positive / sum) : p;
    }
}
