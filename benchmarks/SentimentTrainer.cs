using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>
/// Multinomial logistic regression by AdaGrad over <see cref="SentimentFeatures"/>, deterministic (fixed shuffle
/// seed). Trained on the SemEval-2017 and DEFT-2017 train splits only; hyper-parameters chosen on their val splits.
/// </summary>
internal sealed class SentimentTrainer(SentimentAnalyzer lexicon, int epochs, float learningRate, float l2, int seed = 17)
{
    public SentimentModel Train(IReadOnlyList<LabelledPost> posts)
    {
        var features = posts.Select(Featurize).ToArray();
        var weights = new float[SentimentFeatures.Buckets * SentimentModel.Classes];
        var squares = new float[weights.Length];
        var model = new SentimentModel(weights, PriorsOf(posts));
        var order = Enumerable.Range(0, posts.Count).ToArray();
        var random = new Random(seed);
        Span<float> gradient = stackalloc float[SentimentModel.Classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var n in order)
            {
                var (indices, values) = features[n];
                var (negative, neutral, positive) = model.Predict(indices, values);
                var label = posts[n].Label;
                gradient[0] = negative - (label == 0 ? 1 : 0);
                gradient[1] = neutral - (label == 1 ? 1 : 0);
                gradient[2] = positive - (label == 2 ? 1 : 0);
                for (var j = 0; j < indices.Length; j++)
                {
                    for (var k = 0; k < SentimentModel.Classes; k++)
                    {
                        var at = indices[j] * SentimentModel.Classes + k;
                        var g = gradient[k] * values[j] + l2 * weights[at];
                        squares[at] += g * g;
                        weights[at] -= learningRate * g / MathF.Sqrt(squares[at] + 1e-6f);
                    }
                }
            }
        }
        return model;
    }

    /// <summary>
    /// The model with the temperature (0.30 to 2.00 by 0.05) of least log-loss on <paramref name="validation"/>: the val
    /// splits, never the held-out set. It only rescales the probabilities; no prediction changes class.
    /// </summary>
    public SentimentModel Calibrate(SentimentModel model, IReadOnlyList<LabelledPost> validation)
    {
        var features = validation.Select(Featurize).ToArray();
        var best = (Temperature: 1f, LogLoss: double.MaxValue);
        for (var step = 6; step <= 40; step++)
        {
            var candidate = model.WithTemperature(step * 0.05f);
            var logLoss = 0.0;
            for (var n = 0; n < features.Length; n++)
            {
                var p = candidate.Predict(features[n].Indices, features[n].Values);
                logLoss -= Math.Log(Math.Max(validation[n].Label switch { 0 => p.Negative, 1 => p.Neutral, _ => p.Positive }, 1e-9f));
            }
            if (logLoss < best.LogLoss)
            {
                best = (candidate.Temperature, logLoss);
            }
        }
        return model.WithTemperature(best.Temperature);
    }

    /// <summary>The class frequencies of the training posts: the priors the model's probabilities carry.</summary>
    private static SentimentProbabilities PriorsOf(IReadOnlyList<LabelledPost> posts)
    {
        var counts = new int[SentimentModel.Classes];
        foreach (var post in posts)
        {
            counts[post.Label]++;
        }
        return new SentimentProbabilities((float)counts[0] / posts.Count, (float)counts[1] / posts.Count, (float)counts[2] / posts.Count);
    }

    private (int[] Indices, float[] Values) Featurize(LabelledPost post)
    {
        var capacity = post.Text.Length * SentimentFeatures.PerChar + SentimentFeatures.Fixed;
        var indices = new int[capacity];
        var values = new float[capacity];
        var count = SentimentFeatures.Extract(post.Text, post.Language, lexicon.ReadLexicon(post.Text, post.Language).LiteralCompound, indices, values);
        return (indices[..count], values[..count]);
    }
}
