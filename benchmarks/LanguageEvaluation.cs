using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>
/// How often <see cref="LanguageDetector"/> names the right language, from the text alone (no declared language), on
/// the labelled sets whose language is known: SemEval (English), DEFT (French) and, when given, the airline tweets.
/// "unknown" is the detector declining to guess, which costs less than a wrong guess: the post is then scored with
/// the English model and matches no <c>lang:</c> filter.
/// </summary>
internal static class LanguageEvaluation
{
    public static void Print(IReadOnlyList<LabelledPost>? airline)
    {
        var sets = new List<(string Name, Language Expected, IReadOnlyList<string> Texts)>
        {
            ("semeval2017 train+val (en)", Language.English, Texts("en", "semeval2017", Language.English)),
            ("deft2017 train+val (fr)", Language.French, Texts("fr", "deft2017", Language.French)),
        };
        if (airline is not null)
        {
            sets.Add(("airline_tweets.csv (en)", Language.English, [.. airline.Select(p => p.Text)]));
        }
        Console.WriteLine();
        Console.WriteLine($"{"language detection",-32}{"n",7}{"right",9}{"unknown",9}{"english",9}{"french",9}{"other",9}{"wrong",7}");
        foreach (var (name, expected, texts) in sets)
        {
            var counts = new int[4];
            foreach (var text in texts)
            {
                counts[(int)LanguageDetector.Detect(text, null)]++;
            }
            double Share(Language language) => (double)counts[(int)language] / texts.Count;
            Console.WriteLine(
                $"{name,-32}{texts.Count,7}{Share(expected),9:P1}{Share(Language.Unknown),9:P1}{Share(Language.English),9:P1}{Share(Language.French),9:P1}{Share(Language.Other),9:P1}"
                + $"{texts.Count - counts[(int)expected] - counts[(int)Language.Unknown],7}");
        }
    }

    private static List<string> Texts(string folder, string name, Language language) =>
        [.. LabelledData.Split(folder, name + "_train", language).Concat(LabelledData.Split(folder, name + "_val", language)).Select(p => p.Text)];
}
