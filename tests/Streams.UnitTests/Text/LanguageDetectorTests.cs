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
    [InlineData("el pedido todavía no ha llegado y el servicio al cliente no contesta")]
    [InlineData("Gracias por la ayuda, ya funciona todo muy bien")]
    [InlineData("Minha encomenda ainda não chegou e ninguém responde, que absurdo")]
    [InlineData("Obrigado pela ajuda, agora está tudo funcionando")]
    [InlineData("Il mio ordine non è ancora arrivato e nessuno risponde, che vergogna")]
    [InlineData("Grazie per l'aiuto, adesso funziona tutto")]
    [InlineData("Meine Bestellung ist immer noch nicht angekommen und niemand antwortet")]
    [InlineData("Danke für die schnelle Hilfe, jetzt funktioniert alles")]
    [InlineData("Mijn pakket is nog steeds niet geleverd en niemand reageert")]
    [InlineData("Bedankt voor de snelle hulp, het werkt nu weer")]
    public void Spanish_portuguese_italian_german_and_dutch_are_other(string text) =>
        Assert.Equal(Language.Other, LanguageDetector.Detect(text, null));

    [Theory]
    [InlineData("@united my flight from Los Angeles to Las Vegas was cancelled and nobody can rebook me", Language.English)]
    [InlineData("@Uber my driver never showed up and the app still charged me", Language.English)]
    [InlineData("my bag is MIA again, what is going on", Language.English)]
    [InlineData("Il y a un problème avec ma commande, pas de réponse du service client", Language.French)]
    [InlineData("non mais sérieusement, il est où mon colis ?", Language.French)]
    public void Names_and_words_shared_with_other_languages_do_not_move_english_or_french(string text, Language expected) =>
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
