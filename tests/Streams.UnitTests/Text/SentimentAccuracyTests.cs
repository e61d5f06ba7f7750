using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>
/// Accuracy on real labelled tweets. The floors sit a little below what the analyzer (lexicon plus trained model)
/// measures today: SemEval val accuracy 0.660, DEFT val accuracy 0.645 and macro-F1 0.646, airline accuracy 0.621 and
/// negative F1 0.710. The model was trained on the train splits and tuned on the val splits; the airline set is only
/// measured, so a regression in the rules, the features or the model loading fails here.
/// </summary>
public sealed class SentimentAccuracyTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.Shared;

    [Fact]
    public void English_semeval_validation_accuracy_stays_above_floor()
    {
        var accuracy = Accuracy("en", "semeval2017_val", Language.English);
        Assert.True(accuracy >= 0.63, $"SemEval-2017 val accuracy {accuracy:F3} fell below 0.63");
    }

    [Fact]
    public void French_deft_validation_accuracy_stays_above_floor()
    {
        var accuracy = Accuracy("fr", "deft2017_val", Language.French);
        Assert.True(accuracy >= 0.61, $"DEFT-2017 val accuracy {accuracy:F3} fell below 0.61");
    }

    [Fact]
    public void Held_out_airline_accuracy_and_negative_f1_stay_above_floor()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int correct = 0, total = 0, truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var rows = Streams.Client.Csv.CsvRecords.Read(TextTestData.PathOf("sentiment", "en", "airline_tweets.csv")).ToList();
        var header = rows[0];
        int id = Array.IndexOf(header, "tweet_id"), label = Array.IndexOf(header, "airline_sentiment"), text = Array.IndexOf(header, "text");
        foreach (var row in rows.Skip(1))
        {
            if (!seen.Add(row[id]))
            {
                continue;
            }
            var expected = row[label] switch { "negative" => 0, "neutral" => 1, _ => 2 };
            var predicted = TextTestData.ToLabel(Analyzer.Score(row[text], Language.English));
            total++;
            correct += predicted == expected ? 1 : 0;
            truePositives += predicted == 0 && expected == 0 ? 1 : 0;
            falsePositives += predicted == 0 && expected != 0 ? 1 : 0;
            falseNegatives += predicted != 0 && expected == 0 ? 1 : 0;
        }
        var accuracy = (double)correct / total;
        var negativeF1 = 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
        Assert.Equal(14_485, total);
        Assert.True(accuracy >= 0.60, $"airline accuracy {accuracy:F3} fell below 0.60");
        Assert.True(negativeF1 >= 0.69, $"airline negative F1 {negativeF1:F3} fell below 0.69");
    }

    [Fact]
    public void French_lexicon_beats_english_lexicon_on_french_tweets()
    {
        var lexiconOnly = Analyzer.WithModel(null);
        Assert.True(Accuracy("fr", "deft2017_val", Language.French, lexiconOnly) > Accuracy("fr", "deft2017_val", Language.English, lexiconOnly));
    }

    [Theory]
    [InlineData("en", "semeval2017_train_text.txt", Language.English)]
    [InlineData("en", "semeval2017_val_text.txt", Language.English)]
    [InlineData("fr", "deft2017_train_text.txt", Language.French)]
    [InlineData("fr", "deft2017_val_text.txt", Language.French)]
    [InlineData("fr", "deft2017_val_text.txt", Language.Unknown)]
    public void Every_real_line_scores_within_minus_one_and_one(string language, string file, Language scoredAs)
    {
        var lines = TextTestData.ReadLines("sentiment", language, file);
        Assert.NotEmpty(lines);
        var polarised = 0;
        foreach (var line in lines)
        {
            var score = Analyzer.Score(line, scoredAs);
            Assert.InRange(score, -1.0, 1.0);
            Assert.False(double.IsNaN(score), line);
            if (score != 0)
            {
                polarised++;
            }
        }
        Assert.True(polarised > lines.Length / 4, $"only {polarised} of {lines.Length} lines got any polarity");
    }

    private static double Accuracy(string language, string split, Language scoredAs, SentimentAnalyzer? analyzer = null)
    {
        analyzer ??= Analyzer;
        var (texts, labels) = TextTestData.ReadSplit(language, split);
        var correct = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            if (TextTestData.ToLabel(analyzer.Score(texts[i], scoredAs)) == labels[i])
            {
                correct++;
            }
        }
        return (double)correct / texts.Length;
    }
}
