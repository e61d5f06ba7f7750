using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>The trained model behind <see cref="SentimentAnalyzer.Score"/>: embedded, sign-preserving, allocation-free.</summary>
public sealed class SentimentModelTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.Shared;

    [Fact]
    public void The_model_is_embedded()
    {
        Assert.NotNull(Analyzer.Model);
    }

    [Theory]
    [InlineData("@AirlineCo lost my luggage AGAIN. Never flying with you again", Language.English)]
    [InlineData("@BankCo I've been on hold for 45 minutes. This is ridiculous", Language.English)]
    [InlineData("this is the worst service ever, I hate it", Language.English)]
    [InlineData("@SNCF train annulé, toujours pas remboursé, c'est une honte", Language.French)]
    [InlineData("Service client nul, je suis très déçu", Language.French)]
    public void Clear_complaints_are_negative(string text, Language language)
    {
        Assert.True(Analyzer.Score(text, language) <= -0.05, $"{Analyzer.Score(text, language):F3}");
    }

    [Theory]
    [InlineData("thank you so much, the crew was amazing! love it", Language.English)]
    [InlineData("great job, best experience ever :)", Language.English)]
    [InlineData("Merci beaucoup, super accueil, je suis ravie !", Language.French)]
    public void Clear_praise_is_positive(string text, Language language)
    {
        Assert.True(Analyzer.Score(text, language) >= 0.05, $"{Analyzer.Score(text, language):F3}");
    }

    [Fact]
    public void Scores_stay_in_range_and_empty_is_zero()
    {
        Assert.Equal(0, Analyzer.Score("", Language.English));
        foreach (var text in TextTestData.ReadLines("sentiment", "en", "semeval2017_val_text.txt"))
        {
            Assert.InRange(Analyzer.Score(text, Language.English), -1, 1);
        }
        var longText = "@AirlineCo " + string.Concat(Enumerable.Repeat("My flight was cancelled, nobody at the desk could help and the phone line kept dropping me. ", 8))
            + "Still waiting for a refund three weeks later. Terrible service.";
        Assert.True(Analyzer.Score(longText, Language.English) <= -0.05);
    }

    [Fact]
    public void Save_and_load_round_trip_to_the_same_scores()
    {
        using var stream = new MemoryStream();
        Analyzer.Model!.Save(stream);
        stream.Position = 0;
        var reloaded = Analyzer.WithModel(SentimentModel.Load(stream));
        foreach (var text in TextTestData.ReadLines("sentiment", "fr", "deft2017_val_text.txt").Take(100))
        {
            Assert.Equal(Analyzer.Score(text, Language.French), reloaded.Score(text, Language.French), 6);
        }
    }

    [Fact]
    public void Probabilities_are_the_ones_behind_the_score()
    {
        foreach (var text in TextTestData.ReadLines("sentiment", "en", "semeval2017_val_text.txt").Take(100))
        {
            Assert.True(Analyzer.TryPredict(text, Language.English, out var p));
            Assert.Equal(1f, p.Negative + p.Neutral + p.Positive, 4);
            Assert.Equal(Analyzer.Score(text, Language.English), p.ToScore(), 9);
        }
    }

    [Fact]
    public void No_probabilities_without_a_model_or_without_text()
    {
        Assert.False(Analyzer.TryPredict("", Language.English, out _));
        Assert.False(Analyzer.WithModel(null).TryPredict("great flight, thanks!", Language.English, out _));
    }

    [Fact]
    public void The_model_carries_balanced_training_priors_and_a_calibrating_temperature()
    {
        // Both train splits hold 613 posts of each class; the temperature is fitted on the val splits (below one:
        // the regularised model is under-confident).
        var model = Analyzer.Model!;
        Assert.Equal(1f / 3, model.TrainingPriors.Negative, 4);
        Assert.Equal(1f / 3, model.TrainingPriors.Positive, 4);
        Assert.InRange(model.Temperature, 0.3f, 0.95f);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = SentimentModel.Load(stream);
        Assert.Equal(model.TrainingPriors, reloaded.TrainingPriors);
        Assert.Equal(model.Temperature, reloaded.Temperature);
    }

    [Fact]
    public void Temperature_changes_confidence_but_never_the_class()
    {
        var sharp = Analyzer.WithModel(Analyzer.Model!.WithTemperature(0.5f));
        var flat = Analyzer.WithModel(Analyzer.Model!.WithTemperature(2f));
        foreach (var text in TextTestData.ReadLines("sentiment", "fr", "deft2017_val_text.txt").Take(100))
        {
            Assert.True(sharp.TryPredict(text, Language.French, out var s));
            Assert.True(flat.TryPredict(text, Language.French, out var f));
            Assert.Equal(s.MostLikely, f.MostLikely);
            Assert.True(MathF.Max(s.Negative, MathF.Max(s.Neutral, s.Positive)) >= MathF.Max(f.Negative, MathF.Max(f.Neutral, f.Positive)));
        }
    }

    [Fact]
    public void Model_scoring_does_not_allocate()
    {
        string[] posts =
        [
            "@AirlineCo 3 hours on the tarmac and still no gate 😡 NOT happy!!!",
            "@SNCF je n'ai toujours pas reçu mon remboursement, c'est pas terrible",
            string.Concat(Enumerable.Repeat("très déçu mais l'équipe est géniale ", 40)),
        ];
        var sum = 0.0;
        foreach (var post in posts)
        {
            sum += Analyzer.Score(post, Language.French) + Analyzer.Score(post, Language.English);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 500; i++)
        {
            foreach (var post in posts)
            {
                sum += Analyzer.Score(post, Language.French) + Analyzer.Score(post, Language.English);
                sum += Analyzer.TryPredict(post, Language.English, out var p) ? p.Negative : 0;
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(sum));
        Assert.True(allocated < 4_000, $"{allocated} bytes allocated over 4,500 calls");
    }
}
