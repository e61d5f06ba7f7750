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
        var model = new SentimentModel(weights);
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

    private (int[] Indices, float[] Values) Featurize(LabelledPost post)
    {
        var capacity = post.Text.Length * SentimentFeatures.PerChar + SentimentFeatures.Fixed;
        var indices = new int[capacity];
        var values = new float[capacity];
        var count = SentimentFeatures.Extract(post.Text, post.Language, lexicon.LexiconScore(post.Text, post.Language), indices, values);
        return (indices[..count], values[..count]);
    }
}
