using System.Buffers;
using System.Runtime.CompilerServices;

namespace Streams.Domain.Text;

/// <summary>
/// A three-class (negative, neutral, positive) multinomial logistic regression over <see cref="SentimentFeatures"/>.
/// Trained offline on the SemEval-2017 and DEFT-2017 train splits (tools/Streams.TextLab), shipped as an embedded
/// resource. A linear model on hashed features was chosen over a neural one: it scores a post in well under a
/// microsecond with no runtime dependency, and on a few thousand training tweets it generalises about as well.
/// </summary>
public sealed class SentimentModel
{
    public const int Classes = 3;
    private const int StackFeatures = 1_100;
    private const uint Magic = 0x534D4F32; // "SMO2": training priors and temperature, then the weights.

    private readonly float[] _weights;

    /// <param name="weights">Bucket-major weights (bucket * 3 + class).</param>
    /// <param name="trainingPriors">The class frequencies of the training set, which the probabilities carry implicitly.</param>
    /// <param name="temperature">Divides the logits so that the probabilities are calibrated (fitted on the val splits).</param>
    public SentimentModel(float[] weights, SentimentProbabilities trainingPriors, float temperature = 1f)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != SentimentFeatures.Buckets * Classes)
        {
            throw new ArgumentException($"Expected {SentimentFeatures.Buckets * Classes} weights.", nameof(weights));
        }
        if (!trainingPriors.AllPositive)
        {
            throw new ArgumentException("Every class needs a positive training prior.", nameof(trainingPriors));
        }
        if (!(temperature > 0 && float.IsFinite(temperature)))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "The temperature must be positive.");
        }
        _weights = weights;
        TrainingPriors = trainingPriors;
        Temperature = temperature;
    }

    /// <summary>
    /// The class frequencies of the training set. The model's probabilities assume a stream with these priors;
    /// <see cref="BrandSentimentPriors"/> divides them out when a brand's stream has other priors.
    /// </summary>
    public SentimentProbabilities TrainingPriors { get; }

    /// <summary>
    /// The softmax temperature. Regularised training leaves the probabilities less confident than the model is right;
    /// dividing the logits by a temperature below one, fitted by log-loss on the val splits, calibrates them. The most
    /// probable class does not change, only how sure the model says it is, which matters to whoever re-weights the
    /// probabilities (<see cref="BrandSentimentPriors"/>) or reads their margin as the score's magnitude.
    /// </summary>
    public float Temperature { get; }

    /// <summary>The same weights and priors with another temperature.</summary>
    public SentimentModel WithTemperature(float temperature) => new(_weights, TrainingPriors, temperature);

    /// <summary>The weights, bucket-major (bucket * 3 + class); shared, not copied.</summary>
    public float[] Weights => _weights;

    /// <summary>Class probabilities (negative, neutral, positive) of a post, given its literal lexicon score (<see cref="LexiconReading.LiteralCompound"/>).</summary>
    [SkipLocalsInit] // Every stackalloc below is written before it is read.
    public SentimentProbabilities Predict(ReadOnlySpan<char> text, Language language, double lexiconScore)
    {
        var capacity = text.Length * SentimentFeatures.PerChar + SentimentFeatures.Fixed;
        int[]? rentedIndices = null;
        float[]? rentedValues = null;
        var indices = capacity <= StackFeatures ? stackalloc int[capacity] : (rentedIndices = ArrayPool<int>.Shared.Rent(capacity));
        var values = capacity <= StackFeatures ? stackalloc float[capacity] : (rentedValues = ArrayPool<float>.Shared.Rent(capacity));
        try
        {
            var count = SentimentFeatures.Extract(text, language, lexiconScore, indices, values);
            return Predict(indices[..count], values[..count]);
        }
        finally
        {
            if (rentedIndices is not null)
            {
                ArrayPool<int>.Shared.Return(rentedIndices);
                ArrayPool<float>.Shared.Return(rentedValues!);
            }
        }
    }

    /// <summary>Class probabilities from already extracted features.</summary>
    public SentimentProbabilities Predict(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        float negative = 0, neutral = 0, positive = 0;
        var weights = _weights.AsSpan();
        for (var i = 0; i < indices.Length; i++)
        {
            var w = weights.Slice(indices[i] * Classes, Classes);
            var v = values[i];
            negative += w[0] * v;
            neutral += w[1] * v;
            positive += w[2] * v;
        }
        var inverse = 1f / Temperature;
        negative *= inverse;
        neutral *= inverse;
        positive *= inverse;
        var max = MathF.Max(negative, MathF.Max(neutral, positive));
        var en = MathF.Exp(negative - max);
        var eu = MathF.Exp(neutral - max);
        var ep = MathF.Exp(positive - max);
        var sum = en + eu + ep;
        return new SentimentProbabilities(en / sum, eu / sum, ep / sum);
    }

    /// <summary>Writes the training priors and temperature, then the non-zero buckets (index, three half-precision weights).</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        var buckets = SentimentFeatures.Buckets;
        var nonZero = 0;
        for (var b = 0; b < buckets; b++)
        {
            if (IsStored(b))
            {
                nonZero++;
            }
        }
        writer.Write(buckets);
        writer.Write(nonZero);
        writer.Write(TrainingPriors.Negative);
        writer.Write(TrainingPriors.Neutral);
        writer.Write(TrainingPriors.Positive);
        writer.Write(Temperature);
        for (var b = 0; b < buckets; b++)
        {
            if (!IsStored(b))
            {
                continue;
            }
            writer.Write(b);
            for (var k = 0; k < Classes; k++)
            {
                writer.Write((Half)_weights[b * Classes + k]);
            }
        }
    }

    public static SentimentModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != SentimentFeatures.Buckets)
        {
            throw new InvalidDataException("Not a sentiment model for this feature layout.");
        }
        var weights = new float[SentimentFeatures.Buckets * Classes];
        var nonZero = reader.ReadInt32();
        var priors = new SentimentProbabilities(reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());
        var temperature = reader.ReadSingle();
        for (var n = 0; n < nonZero; n++)
        {
            var b = reader.ReadInt32();
            for (var k = 0; k < Classes; k++)
            {
                weights[b * Classes + k] = (float)reader.ReadHalf();
            }
        }
        return new SentimentModel(weights, priors, temperature);
    }

    // Weights this small change no prediction; dropping them keeps the resource small.
    private bool IsStored(int bucket) =>
        MathF.Abs(_weights[bucket * Classes]) + MathF.Abs(_weights[bucket * Classes + 1]) + MathF.Abs(_weights[bucket * Classes + 2]) > 1e-3f;
}
