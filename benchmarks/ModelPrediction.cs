using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>The model's own probabilities of a post and the cues that guard them (<see cref="SentimentAnalyzer.TryPredictModel"/>).</summary>
internal readonly record struct ModelPrediction(SentimentProbabilities Probabilities, SentimentCues Cues)
{
    /// <summary>The class the pipeline decides: re-weighted by the brand's priors when there are any, then guarded.</summary>
    public int Decide(BrandSentimentPriors? priors, string[] brand, DateTime at) =>
        SentimentGuards.Apply(priors is null ? Probabilities : priors.Adapt(Probabilities, brand, at, count: true), Cues).MostLikely;
}
