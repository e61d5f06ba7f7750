using System.Globalization;
using Streams.Abstractions.Pipeline;
using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>
/// The text commands: <c>train-sentiment</c> retrains the model from the SemEval and DEFT train splits and writes
/// grains/Streams.Domain/Text/Models/sentiment.bin; <c>tune-sentiment</c> prints a grid on the val splits;
/// <c>evaluate-text</c> prints the accuracy table (airline held-out, val splits, topics, language detection; <c>--val-only</c> leaves the
/// airline set out, for measuring while developing); <c>tune-prior</c> chooses the <see cref="BrandSentimentPriors"/>
/// settings on label-shifted streams drawn from the val splits.
/// </summary>
internal static class TextLab
{
    // Chosen with tune-sentiment on the val splits (macro-F1 of SemEval val + DEFT val).
    private const int Epochs = 4;
    private const float LearningRate = 0.1f;
    private const float L2 = 1e-3f;

    public static int Run(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        switch (args[0])
        {
            case "train-sentiment":
                var model = Train(Epochs, LearningRate, L2);
                var path = Path.Combine(LabelledData.RepositoryRoot(), "grains", "Streams.Domain", "Text", "Models", "sentiment.bin");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using (var file = File.Create(path))
                {
                    model.Save(file);
                }
                Console.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
                return 0;
            case "tune-sentiment":
                Tune();
                return 0;
            case "evaluate-text":
                Evaluate(valOnly: args.Contains("--val-only"));
                return 0;
            case "tune-prior":
                PriorTuning.Run();
                return 0;
            case "score-text":
                ScoreLines(args.Length > 1 ? args[1..] : ReadStandardInput());
                return 0;
            default:
                return -1;
        }
    }

    private static SentimentModel Train(int epochs, float learningRate, float l2)
    {
        var lexicon = SentimentAnalyzer.Shared.WithModel(null);
        var train = LabelledData.Split("en", "semeval2017_train", Language.English)
            .Concat(LabelledData.Split("fr", "deft2017_train", Language.French)).ToList();
        var validation = LabelledData.Split("en", "semeval2017_val", Language.English)
            .Concat(LabelledData.Split("fr", "deft2017_val", Language.French)).ToList();
        var trainer = new SentimentTrainer(lexicon, epochs, learningRate, l2);
        var model = trainer.Calibrate(trainer.Train(train), validation);
        Console.Error.WriteLine($"temperature {model.Temperature:F2} (least log-loss on the val splits)");
        return model;
    }

    private static void Tune()
    {
        var semeval = LabelledData.Split("en", "semeval2017_val", Language.English);
        var deft = LabelledData.Split("fr", "deft2017_val", Language.French);
        foreach (var epochs in new[] { 4, 8, 15 })
        {
            foreach (var rate in new[] { 0.02f, 0.05f, 0.1f })
            {
                foreach (var l2 in new[] { 0f, 1e-4f, 1e-3f })
                {
                    var analyzer = SentimentAnalyzer.Shared.WithModel(Train(epochs, rate, l2));
                    var en = Measure(analyzer, semeval);
                    var fr = Measure(analyzer, deft);
                    Console.WriteLine($"epochs {epochs,2} rate {rate,5} l2 {l2,6}: semeval macro-F1 {en.MacroF1:F3}  deft macro-F1 {fr.MacroF1:F3}  mean {(en.MacroF1 + fr.MacroF1) / 2:F3}");
                }
            }
        }
    }

    private static void Evaluate(bool valOnly)
    {
        var model = SentimentAnalyzer.Shared;
        var lexicon = model.WithModel(null);
        var sets = new List<(string Name, List<LabelledPost> Posts)>
        {
            ("semeval2017 val (en)", LabelledData.Split("en", "semeval2017_val", Language.English)),
            ("deft2017 val (fr)", LabelledData.Split("fr", "deft2017_val", Language.French)),
        };
        var airline = valOnly ? null : LabelledData.Airline();
        if (airline is not null)
        {
            sets.Insert(0, ("airline_tweets.csv (held out)", airline));
        }
        Console.WriteLine($"{"set",-32}{"scorer",-20}{"n",7}{"accuracy",10}{"neg F1",9}{"macro-F1",10}  label: predicted neg/neu/pos");
        foreach (var (name, posts) in sets)
        {
            Print(name, "model", Measure(model, posts));
            if (posts.All(p => p.Created is not null))
            {
                // Brand priors are estimated per event-time window: a set without post times has nothing to adapt with
                // (tune-prior measures them on the val splits, replayed as timed streams).
                Print(name, "model + brand prior", MeasureAdapted(model, posts, 1));
                Print(name, "  8 partitions", MeasureAdapted(model, posts, 8));
            }
            Print(name, "lexicon", Measure(lexicon, posts));
        }
        if (airline is null)
        {
            LanguageEvaluation.Print(null);
            return;
        }
        Console.WriteLine($"{"airline_tweets.csv (held out)",-32}{"VADER",-20}{14485,7}{0.539,10:F3}{0.635,9:F3}{0.507,10:F3}  (published reference)");
        Console.WriteLine($"floors: airline accuracy >= 0.75, neg F1 >= 0.82; deft val macro-F1 >= 0.55 (model: {(model.Model is null ? "none embedded" : "embedded")})");
        Console.WriteLine("model + brand prior: each airline's posts replayed in tweet_created order, each post predicted with the class priors");
        Console.WriteLine("estimated without labels (EM) from that airline's posts of the previous day up to the hour before the post's own;");
        Console.WriteLine("8 partitions: the same, each post sent to one of 8 partitions by the hash of its id, each estimating on its own, as in the pipeline.");
        TopicEvaluation.Print(airline);
        LanguageEvaluation.Print(airline);
    }

    /// <summary>
    /// Prints, per post, what each stage made of it: the lexicon's compound score, the model's probabilities (after the
    /// guards) and the final score, with the detected language, intents and the care rules that held the model; for
    /// looking at one post while writing a rule or a test.
    /// </summary>
    private static void ScoreLines(IEnumerable<string> posts)
    {
        var analyzer = SentimentAnalyzer.Shared;
        foreach (var post in posts)
        {
            var language = LanguageDetector.Detect(post, null);
            var lexicon = analyzer.ReadLexicon(post, language);
            var score = analyzer.Score(post, language);
            var model = analyzer.TryPredict(post, language, out var p) ? $"neg {p.Negative:F2} neu {p.Neutral:F2} pos {p.Positive:F2}" : "no model";
            var intents = IntentDetector.Shared.Detect(post, score);
            var rules = lexicon.Cues == SentimentCues.None ? "" : $"  rules {lexicon.Cues}";
            Console.WriteLine($"{score,6:F2}  lexicon {lexicon.Compound,6:F2}  {model}  {language}  {intents}{rules}  {post}");
        }
    }

    private static IEnumerable<string> ReadStandardInput()
    {
        while (Console.In.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static void Print(string set, string scorer, SentimentMetrics m) =>
        Console.WriteLine($"{set,-32}{scorer,-20}{m.Count,7}{m.Accuracy,10:F3}{m.NegativeF1,9:F3}{m.MacroF1,10:F3}  {m.ConfusionText}");

    /// <summary>
    /// Replays the posts in the order they were posted, each scored by <see cref="BrandSentimentPriors"/> under its
    /// brand's priors estimated from the brand's posts of the windows before it (a set without brands is one brand):
    /// no look-ahead, no labels. With several partitions each post goes to one by the hash of an id, as in the pipeline,
    /// and each partition estimates from its own share of a brand's posts.
    /// </summary>
    private static SentimentMetrics MeasureAdapted(SentimentAnalyzer analyzer, List<LabelledPost> posts, int partitions)
    {
        var estimates = Enumerable.Range(0, partitions).Select(_ => new BrandSentimentPriors(analyzer)).ToArray();
        var labels = new List<int>(posts.Count);
        var predicted = new List<int>(posts.Count);
        var ordered = posts.Select((post, index) => (Post: post, Id: $"post-{index}")).OrderBy(p => p.Post.Created ?? DateTimeOffset.MinValue);
        foreach (var (post, id) in ordered)
        {
            var partition = estimates[PartitionMap.PartitionOf(id, partitions)];
            var score = partition.Score(post.Text, post.Language, [post.Brand ?? string.Empty], (post.Created ?? DateTimeOffset.MinValue).UtcDateTime, count: true);
            labels.Add(post.Label);
            predicted.Add(SentimentMetrics.ToLabel(score));
        }
        return SentimentMetrics.Of(labels, predicted);
    }

    private static SentimentMetrics Measure(SentimentAnalyzer analyzer, List<LabelledPost> posts) =>
        SentimentMetrics.Of(
            [.. posts.Select(p => p.Label)],
            [.. posts.Select(p => SentimentMetrics.ToLabel(analyzer.Score(p.Text, p.Language)))]);
}
