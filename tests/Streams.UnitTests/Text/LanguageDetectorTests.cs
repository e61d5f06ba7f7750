using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", Language.English)]
    [InlineData("EN", Language.English)]
    [InlineData("en-US", Language.English)]
    [InlineData("en_GB", Language.English)]
    [InlineData("fr", Language.French)]
    [InlineData("fr-FR", Language.French)]
    [InlineData("FR-ca", Language.French)]
    [InlineData("de", Language.Other)]
    [InlineData("es-MX", Language.Other)]
    [InlineData("ja", Language.Other)]
    public void Declared_language_wins_over_the_text(string declared, Language expected)
    {
        // The text is deliberately French-looking: a declared language is trusted anyway.
        Assert.Equal(expected, LanguageDetector.Detect("je ne suis pas content de la livraison", declared));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("und")]
    public void Undeclared_language_is_detected_from_text(string? declared)
    {
        Assert.Equal(Language.French, LanguageDetector.Detect("je ne suis pas content de la livraison", declared));
        Assert.Equal(Language.English, LanguageDetector.Detect("my flight was delayed and the staff did not help", declared));
    }

    [Theory]
    [InlineData("@AmericanAir my bag is still not here and nobody answers the phone", Language.English)]
    [InlineData("Thanks for the quick reply, it works now!", Language.English)]
    [InlineData("I can't believe you lost my luggage again", Language.English)]
    [InlineData("@SNCF c'est la troisième fois que mon train est en retard cette semaine", Language.French)]
    [InlineData("Merci pour votre aide, tout fonctionne maintenant", Language.French)]
    [InlineData("Toujours pas de réseau depuis hier soir, c'est inadmissible", Language.French)]
    [InlineData("Très déçue du service après-vente", Language.French)]
    public void Detects_english_and_french(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, null));

    [Theory]
    [InlineData("")]
    [InlineData("😡😡😡")]
    [InlineData("@brand http://t.co/xyz")]
    [InlineData("iPhone 15 Pro")]
    [InlineData("ok")]
    public void Too_little_evidence_is_unknown(string text) =>
        Assert.Equal(Language.Unknown, LanguageDetector.Detect(text, null));

    [Fact]
    public void Handles_and_links_are_not_evidence()
    {
        Assert.Equal(Language.Unknown, LanguageDetector.Detect("@the_and_is http://www.le-la-les.fr", null));
    }

    [Fact]
    public void Detects_most_of_the_real_validation_tweets_correctly()
    {
        var english = TextTestData.ReadLines("sentiment", "en", "semeval2017_val_text.txt");
        var french = TextTestData.ReadLines("sentiment", "fr", "deft2017_val_text.txt");
        var englishRight = english.Count(t => LanguageDetector.Detect(t, null) == Language.English);
        var englishWrong = english.Count(t => LanguageDetector.Detect(t, null) == Language.French);
        var frenchRight = french.Count(t => LanguageDetector.Detect(t, null) == Language.French);
        var frenchWrong = french.Count(t => LanguageDetector.Detect(t, null) == Language.English);
        Assert.True(englishRight > english.Length * 0.8, $"English detected on {englishRight}/{english.Length}");
        Assert.True(frenchRight > french.Length * 0.7, $"French detected on {frenchRight}/{french.Length}");
        Assert.True(englishWrong < english.Length * 0.02, $"English taken for French {englishWrong} times");
        Assert.True(frenchWrong < french.Length * 0.03, $"French taken for English {frenchWrong} times");
    }
}
