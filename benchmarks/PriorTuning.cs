using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>
/// Chooses the <see cref="BrandSentimentPriors"/> settings without the held-out set: label-shifted streams are drawn
/// from the val splits (posts sampled with replacement so that their classes follow a chosen mix, in random order,
/// at a steady rate per hour), and every setting is scored on all of them, unadapted model alongside. The mixes cover
/// complaint-heavy, praise-heavy, mostly-neutral and balanced streams, so a setting cannot win by always leaning
/// negative; the rates, from a quiet brand's share of one partition to a busy one's, show what the warm-up costs.
/// </summary>
internal static class PriorTuning
{
    private const int StreamLength = 2_000;
    private const int Seeds = 5;
    private static readonly int[] PostsPerHour = [10, 50, 250];
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly SentimentProbabilities[] Mixes =
    [
        new(0.65f, 0.20f, 0.15f),
        new(0.50f, 0.35f, 0.15f),
        new(0.15f, 0.25f, 0.60f),
        new(0.15f, 0.70f, 0.15f),
        new(1f / 3, 1f / 3, 1f / 3),
    ];

    public static void Run()
    {
        var analyzer = SentimentAnalyzer.Shared;
        var priors = analyzer.Model!.TrainingPriors;
        var splits = new[]
        {
            ("semeval val", Predict(analyzer, LabelledData.Split("en", "semeval2017_val", Language.English))),
            ("deft val", Predict(analyzer, LabelledData.Split("fr", "deft2017_val", Language.French))),
        };
        var settings = new List<(string Name, Func<BrandSentimentPriors?> Create)> { ("model (no adaptation)", () => null) };
        foreach (var warmUp in new[] { 20, 50, 100 })
        {
            foreach (var anchor in new[] { 0, 50, 200 })
            {
                settings.Add(($"warm-up {warmUp,3} anchor {anchor,3}", () => new BrandSentimentPriors(analyzer, warmUp, anchor)));
            }
        }
        Console.WriteLine($"accuracy / macro-F1 per class mix (negative/neutral/positive), mean of both val splits, {Seeds} seeds and {string.Join(", ", PostsPerHour)} posts an hour");
        Console.WriteLine($"{"setting",-36}{string.Join("", Mixes.Select(m => $"{Label(m),16}"))}{"mean",16}");
        foreach (var (name, create) in settings)
        {
            var accuracy = new double[Mixes.Length];
            var macroF1 = new double[Mixes.Length];
            for (var m = 0; m < Mixes.Length; m++)
            {
                var runs = splits.Length * Seeds * PostsPerHour.Length;
                foreach (var (_, byClass) in splits)
                {
                    for (var seed = 0; seed < Seeds; seed++)
                    {
                        foreach (var rate in PostsPerHour)
                        {
                            var metrics = Stream(byClass, Mixes[m], seed, rate, create());
                            accuracy[m] += metrics.Accuracy / runs;
                            macroF1[m] += metrics.MacroF1 / runs;
                        }
                    }
                }
            }
            var cells = accuracy.Zip(macroF1, (a, f) => $"{a:F3} / {f:F3}").Append($"{accuracy.Average():F3} / {macroF1.Average():F3}");
            Console.WriteLine($"{name,-36}{string.Join("", cells.Select(c => $"{c,16}"))}");
        }
        RunSharedPartition(analyzer, splits);
    }

    /// <summary>
    /// Several brands sharing one partition, at different rates and mixes, interleaved in time: what the per-brand
    /// estimates give each brand, the quiet ones included. (Anchoring each brand on an estimate pooled over the whole
    /// partition was tried here on 2026-12-02: it helped brands that all lean the same way by about 0.01 and cost
    /// 0.004–0.03 where their mixes differ, so brands are estimated on their own.)
    /// </summary>
    private static void RunSharedPartition(SentimentAnalyzer analyzer, (string Name, ModelPrediction[][] ByClass)[] splits)
    {
        var scenarios = new (string Name, (SentimentProbabilities Mix, double PerHour)[] Brands)[]
        {
            ("complaint-heavy, one busy", [(new(0.65f, 0.2f, 0.15f), 30), (new(0.5f, 0.35f, 0.15f), 8), (new(0.6f, 0.25f, 0.15f), 3), (new(0.7f, 0.2f, 0.1f), 1), (new(0.5f, 0.3f, 0.2f), 0.5)]),
            ("mixed mixes", [(new(0.65f, 0.2f, 0.15f), 20), (new(0.15f, 0.25f, 0.6f), 5), (new(0.15f, 0.7f, 0.15f), 3), (new(1f / 3, 1f / 3, 1f / 3), 1), (new(0.6f, 0.25f, 0.15f), 1)]),
            ("busy praise, quiet complaints", [(new(0.15f, 0.25f, 0.6f), 20), (new(0.65f, 0.2f, 0.15f), 2), (new(0.6f, 0.25f, 0.15f), 1), (new(0.7f, 0.2f, 0.1f), 0.5)]),
        };
        var settings = new (string Name, Func<BrandSentimentPriors?> Create)[]
        {
            ("model (no adaptation)", () => null),
            ("per brand", () => new BrandSentimentPriors(analyzer)),
        };
        Console.WriteLine();
        Console.WriteLine($"brands sharing a partition, 200 hours: accuracy over all posts / mean of the brands' accuracies, both val splits, {Seeds} seeds");
        Console.WriteLine($"{"setting",-36}{string.Join("", scenarios.Select(c => $"{c.Name,32}"))}");
        foreach (var (name, create) in settings)
        {
            var cells = scenarios.Select(scenario =>
            {
                double all = 0, perBrand = 0;
                foreach (var (_, byClass) in splits)
                {
                    for (var seed = 0; seed < Seeds; seed++)
                    {
                        var (overall, brands) = SharedStream(byClass, scenario.Brands, seed, create());
                        all += overall / (splits.Length * Seeds);
                        perBrand += brands / (splits.Length * Seeds);
                    }
                }
                return $"{all:F3} / {perBrand:F3}";
            });
            Console.WriteLine($"{name,-36}{string.Join("", cells.Select(c => $"{c,32}"))}");
        }
    }

    private static (double Overall, double MeanOfBrands) SharedStream(
        ModelPrediction[][] byClass, (SentimentProbabilities Mix, double PerHour)[] brands, int seed, BrandSentimentPriors? priors)
    {
        var random = new Random(seed);
        var posts = new List<(DateTime At, int Brand)>();
        for (var b = 0; b < brands.Length; b++)
        {
            var count = (int)(brands[b].PerHour * 200);
            for (var i = 0; i < count; i++)
            {
                posts.Add((Start.AddHours(random.NextDouble() * 200), b));
            }
        }
        var right = new int[brands.Length];
        var seen = new int[brands.Length];
        var ids = Enumerable.Range(0, brands.Length).Select(b => new[] { $"brand{b}" }).ToArray();
        foreach (var (at, b) in posts.OrderBy(p => p.At))
        {
            var (k, post) = Draw(byClass, brands[b].Mix, random);
            var predicted = post.Decide(priors, ids[b], at);
            seen[b]++;
            right[b] += predicted == k ? 1 : 0;
        }
        return ((double)right.Sum() / seen.Sum(), Enumerable.Range(0, brands.Length).Average(b => (double)right[b] / seen[b]));
    }

    /// <summary>One post of a stream with class mix <paramref name="mix"/>: its true class and the model's prediction of a val post of that class.</summary>
    private static (int Label, ModelPrediction Post) Draw(ModelPrediction[][] byClass, SentimentProbabilities mix, Random random)
    {
        var u = random.NextSingle();
        var k = u < mix.Negative ? 0 : u < mix.Negative + mix.Neutral ? 1 : 2;
        return (k, byClass[k][random.Next(byClass[k].Length)]);
    }

    private static string Label(SentimentProbabilities mix) => $"{mix.Negative:F2}/{mix.Neutral:F2}/{mix.Positive:F2}";

    /// <summary>The model's prediction of each post, grouped by true class (index 0 negative, 1 neutral, 2 positive).</summary>
    private static ModelPrediction[][] Predict(SentimentAnalyzer analyzer, List<LabelledPost> posts) =>
        [.. Enumerable.Range(0, SentimentModel.Classes).Select(k => posts
            .Where(p => p.Label == k)
            .Select(p => analyzer.TryPredictModel(p.Text, p.Language, out var probabilities, out var cues)
                ? new ModelPrediction(probabilities, cues)
                : new ModelPrediction(SentimentProbabilities.Uniform, SentimentCues.None))
            .ToArray())];

    private static SentimentMetrics Stream(ModelPrediction[][] byClass, SentimentProbabilities mix, int seed, int postsPerHour, BrandSentimentPriors? priors)
    {
        var random = new Random(seed);
        var labels = new int[StreamLength];
        var predicted = new int[StreamLength];
        string[] brand = ["brand"];
        for (var i = 0; i < StreamLength; i++)
        {
            var (k, post) = Draw(byClass, mix, random);
            labels[i] = k;
            var at = Start.AddHours((double)i / postsPerHour);
            predicted[i] = post.Decide(priors, brand, at);
        }
        return SentimentMetrics.Of(labels, predicted);
    }
}
