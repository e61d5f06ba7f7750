using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

public sealed class SentimentAnalyzerTests
{
    // These tests pin the rules of the lexicon scorer; the trained model on top has its own tests (SentimentModelTests).
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.Shared.WithModel(null);

    private static double En(string text) => Analyzer.Score(text, Language.English);

    private static double Fr(string text) => Analyzer.Score(text, Language.French);

    [Theory]
    [InlineData("I love this airline, the crew was wonderful")]
    [InlineData("Great service today, thank you so much")]
    [InlineData("Best customer support ever, problem solved in minutes")]
    public void Clearly_positive_english_is_positive(string text) => Assert.True(En(text) >= 0.5, $"{En(text):F3}");

    [Theory]
    [InlineData("This is the worst service I have ever had, absolutely terrible")]
    [InlineData("I hate this app, it is useless and broken")]
    [InlineData("Rude staff and a horrible experience")]
    public void Clearly_negative_english_is_negative(string text) => Assert.True(En(text) <= -0.5, $"{En(text):F3}");

    [Theory]
    [InlineData("The store opens at nine on Saturday", Language.English)]
    [InlineData("My parcel should arrive on Tuesday", Language.English)]
    [InlineData("Le magasin ouvre à neuf heures samedi", Language.French)]
    [InlineData("Mon numéro de commande est le 12345", Language.French)]
    public void Factual_text_is_neutral(string text, Language language) =>
        Assert.InRange(Analyzer.Score(text, language), -0.05, 0.05);

    [Theory]
    [InlineData("Je suis très content de mon nouveau téléphone, merci !")]
    [InlineData("Service génial, équipe adorable, bravo")]
    [InlineData("Excellent accueil, je suis ravie")]
    public void Clearly_positive_french_is_positive(string text) => Assert.True(Fr(text) >= 0.5, $"{Fr(text):F3}");

    [Theory]
    [InlineData("Service client nul, c'est une honte")]
    [InlineData("Je suis vraiment déçu, livraison horrible")]
    [InlineData("Quelle arnaque, c'est inadmissible")]
    public void Clearly_negative_french_is_negative(string text) => Assert.True(Fr(text) <= -0.5, $"{Fr(text):F3}");

    [Fact]
    public void English_negation_flips_polarity()
    {
        Assert.True(En("the food was good") > 0.05);
        Assert.True(En("the food was not good") < -0.05);
        Assert.True(En("the food wasn't good") < -0.05);
        Assert.True(En("the food was never good") < -0.05);
        Assert.True(En("I don't love it") < -0.05);
        Assert.True(En("honestly not the best service") < -0.05);
    }

    [Fact]
    public void Not_bad_is_not_negative()
    {
        Assert.True(En("bad") < -0.05);
        Assert.True(En("not bad") >= 0.05, $"{En("not bad"):F3}");
        Assert.True(En("honestly it was not bad at all") > -0.05);
    }

    [Fact]
    public void Negation_does_not_cross_a_sentence_boundary()
    {
        Assert.True(En("Did not expect it. Great service") > 0.05);
    }

    [Fact]
    public void French_negation_flips_polarity()
    {
        Assert.True(Fr("je suis content") > 0.05);
        Assert.True(Fr("je ne suis pas content") < -0.05, $"{Fr("je ne suis pas content"):F3}");
        Assert.True(Fr("pas content du tout") < -0.05);
        Assert.True(Fr("je n'aime pas ce service") < -0.05);
        Assert.True(Fr("je n'aime plus cette marque") < -0.05);
        Assert.True(Fr("une livraison sans problème, parfait") > 0.05);
    }

    [Fact]
    public void Pas_terrible_is_negative_and_pas_mal_is_not()
    {
        Assert.True(Fr("le service est pas terrible") < -0.05, $"{Fr("le service est pas terrible"):F3}");
        Assert.True(Fr("c'est pas mal du tout") > 0.05);
    }

    [Fact]
    public void French_plus_alone_means_more_not_never()
    {
        // "plus" negates only after "ne": "plus rapide" is "faster".
        Assert.True(Fr("encore plus rapide et efficace, parfait") > 0.05);
    }

    [Fact]
    public void Words_after_but_outweigh_words_before()
    {
        Assert.True(En("The crew was nice but the delay was horrible") < -0.05);
        Assert.True(En("The delay was horrible but the crew was nice and helpful") > 0.05);
        Assert.True(Fr("L'équipe est sympa mais le service est nul") < -0.05);
        Assert.True(Fr("Le retard était horrible mais l'équipe était géniale") > 0.05);
    }

    [Fact]
    public void Caps_emphasis_grows_magnitude_without_changing_sign()
    {
        var plain = En("the service was terrible today");
        var shouted = En("the service was TERRIBLE today");
        Assert.True(plain < 0 && shouted < 0);
        Assert.True(Math.Abs(shouted) > Math.Abs(plain));
        var good = En("the service was great today");
        var goodShouted = En("the service was GREAT today");
        Assert.True(goodShouted > good && good > 0);
    }

    [Fact]
    public void All_caps_post_gets_no_caps_bonus()
    {
        // Shouting the whole post says nothing about one word.
        Assert.Equal(En("service was terrible today"), En("SERVICE WAS TERRIBLE TODAY"), 6);
    }

    [Fact]
    public void Exclamations_intensify_without_changing_sign()
    {
        var good = En("this is good");
        var goodBang = En("this is good!!!");
        var bad = Fr("c'est nul");
        var badBang = Fr("c'est nul !!!");
        Assert.True(goodBang > good && good > 0);
        Assert.True(badBang < bad && bad < 0);
        Assert.Equal(En("this is good!!!!"), En("this is good!!!!!!!!!!"), 6);
    }

    [Fact]
    public void Intensifiers_and_dampeners()
    {
        Assert.True(En("very good") > En("good"));
        Assert.True(En("extremely bad") < En("bad"));
        Assert.True(En("barely good") < En("good") && En("barely good") > 0);
        Assert.True(Fr("vraiment déçu") < Fr("déçu"));
        Assert.True(Fr("très content") > Fr("content"));
    }

    [Fact]
    public void Elongated_words_are_found_and_emphasised()
    {
        Assert.True(En("goooood") > En("good") && En("good") > 0);
        Assert.True(En("soooo goooood") > En("so good"));
        Assert.True(En("baaaad") < En("bad"));
        Assert.True(Fr("géniaaaal") > Fr("génial"));
    }

    [Fact]
    public void Emoji_and_emoticons_carry_polarity_in_every_language()
    {
        foreach (var language in new[] { Language.English, Language.French, Language.Unknown, Language.Other })
        {
            Assert.True(Analyzer.Score("😡", language) < -0.05);
            Assert.True(Analyzer.Score("😍", language) > 0.05);
            Assert.True(Analyzer.Score("my flight 😡😡", language) < -0.05);
            Assert.True(Analyzer.Score("thanks😍", language) > 0.05);
            Assert.True(Analyzer.Score("meh :(", language) < -0.05);
            Assert.True(Analyzer.Score("ok :-)", language) > 0.05);
            Assert.True(Analyzer.Score("see you :D", language) > 0.05);
        }
        Assert.True(En("👍") > 0.05 && En("👎") < -0.05);
        Assert.True(En("❤️") > 0.05);
    }

    [Fact]
    public void Lookup_is_case_and_accent_insensitive()
    {
        Assert.Equal(Fr("je suis déçu"), Fr("je suis decu"), 9);
        Assert.Equal(Fr("je suis DÉÇU"), Fr("je suis DECU"), 9);
        Assert.Equal(Fr("DÉÇU"), Fr("déçu"), 9);
        Assert.True(Fr("je suis decu") < -0.05);
        Assert.Equal(Fr("génial"), Fr("genial"), 9);
        Assert.Equal(Fr("c’est nul"), Fr("c'est nul"), 9);
        Assert.Equal(En("Good"), En("good"), 9);
    }

    [Fact]
    public void Complaint_cues_make_factual_complaints_negative()
    {
        Assert.True(En("3 hours on the tarmac and still no gate") < -0.05, $"{En("3 hours on the tarmac and still no gate"):F3}");
        Assert.True(En("still waiting for my refund") < -0.05);
        Assert.True(En("on hold for 45 minutes") < -0.05);
        Assert.True(En("flight delayed again") < -0.05);
        Assert.True(Fr("toujours pas de remboursement") < -0.05);
        Assert.True(Fr("box en panne depuis lundi") < -0.05);
        Assert.True(Fr("je n'ai toujours pas reçu ma commande") < -0.05);
    }

    [Fact]
    public void Thanks_still_outweighs_a_complaint_cue()
    {
        Assert.True(En("flight was delayed but the crew were amazing, thank you!") > 0.05);
    }

    [Theory]
    [InlineData("@ShopCo please help me change my delivery address")]
    [InlineData("@BankCo can you help me with my statement please")]
    public void Requests_for_help_are_not_praise(string text) => Assert.InRange(En(text), -0.05, 0.05);

    [Fact]
    public void Courtesy_counts_only_where_nothing_went_wrong()
    {
        Assert.True(En("@ShopCo thanks for losing my parcel") < -0.05, $"{En("@ShopCo thanks for losing my parcel"):F3}");
        Assert.True(En("@ShopCo hope you can help me, my parcel never arrived") < -0.05);
        Assert.True(En("@BankCo please help, my card was charged twice and nobody answers the phone") < -0.05);
        Assert.True(En("@ShopCo thanks for the quick reply, much appreciated") > 0.05);
        Assert.True(Fr("merci, colis bien reçu") > 0.05);
    }

    [Fact]
    public void Thanks_that_sign_off_a_request_are_not_praise()
    {
        Assert.InRange(En("@AirlineCo can you check my booking? thanks"), -0.05, 0.05);
        Assert.InRange(En("@AirlineCo please DM me the details, thank you"), -0.05, 0.05);
        Assert.True(En("@AirlineCo thanks for getting back to me so quickly") > 0.05);
    }

    [Fact]
    public void Praise_beside_a_plain_complaint_reads_as_irony()
    {
        Assert.True(En("@AirlineCo great, another delay") < -0.05, $"{En("@AirlineCo great, another delay"):F3}");
        Assert.True(En("@AirlineCo love sitting on the tarmac for 3 hours") < -0.05);
        Assert.True(En("@AirlineCo the crew were amazing today") > 0.05);
        // A contrast word weighs the two sides itself: what follows "but" wins.
        Assert.True(En("@AirlineCo flight delayed but the crew were amazing") > 0.05);
    }

    [Fact]
    public void A_service_that_did_not_happen_is_a_complaint()
    {
        Assert.True(En("my order hasn't arrived") < -0.05, $"{En("my order hasn't arrived"):F3}");
        Assert.True(En("I never received the refund they promised") < -0.05);
        Assert.True(En("nobody answered my email") < -0.05);
        Assert.True(Fr("je n'ai jamais été remboursé") < -0.05);
        Assert.InRange(En("my order arrived this morning"), -0.05, 0.05);
        Assert.InRange(En("did you get my message"), -0.05, 0.05);
    }

    [Fact]
    public void A_complaint_topic_that_was_resolved_is_not_a_complaint()
    {
        Assert.True(En("@ShopCo thank you so much, the refund arrived today!") > 0.05, $"{En("@ShopCo thank you so much, the refund arrived today!"):F3}");
        Assert.True(En("@AppCo thanks, the issue is fixed now") > 0.05);
        Assert.True(Fr("merci, remboursement reçu") > 0.05);
        Assert.InRange(En("the refund arrived today"), -0.05, 0.05);
        Assert.True(En("the refund never arrived") < -0.05);
        Assert.True(En("still waiting for the refund") < -0.05);
        Assert.True(Fr("toujours pas remboursé") < -0.05);
        // A firm cue stays a complaint whatever follows it.
        Assert.True(En("my flight was cancelled, the refund arrived") < -0.05);
    }

    [Theory]
    [InlineData("thanks for the refund!")]
    [InlineData("@ShopCo thank you so much for sorting my refund so fast")]
    [InlineData("thanks for fixing the issue so quickly")]
    [InlineData("thank you for looking into my issue")]
    [InlineData("thanks for the help with my refund")]
    public void What_a_customer_thanks_for_is_done(string text) => Assert.True(En(text) > 0.05, $"{En(text):F3}");

    [Theory]
    [InlineData("merci pour le remboursement rapide")]
    [InlineData("merci d'avoir réglé mon remboursement")]
    public void Ce_dont_on_remercie_est_fait(string text) => Assert.True(Fr(text) > 0.05, $"{Fr(text):F3}");

    [Theory]
    [InlineData("thanks for the delay")] // A delay is no service: sarcasm.
    [InlineData("thanks for losing my bag")]
    [InlineData("thanks for cancelling my flight")] // A firm cue is never thanked away.
    [InlineData("thanks, but the refund issue is still not resolved")]
    [InlineData("still no refund, thanks for nothing")]
    public void Thanks_for_a_problem_stays_a_complaint(string text) => Assert.True(En(text) < -0.05, $"{En(text):F3}");

    [Fact]
    public void A_refund_mentioned_without_thanks_for_it_is_still_a_cue()
    {
        Assert.True(En("where is my refund") < -0.05, $"{En("where is my refund"):F3}");
        Assert.True(En("thanks. where is my refund though") < -0.05); // The thanks ends with its clause.
    }

    [Fact]
    public void A_counted_wait_is_a_complaint()
    {
        Assert.True(En("@ShopCo it has been 2 weeks") < -0.05, $"{En("@ShopCo it has been 2 weeks"):F3}");
        Assert.True(Fr("ça fait 3 jours que j'attends") < -0.05);
        Assert.InRange(En("see you in a couple of weeks"), -0.05, 0.05);
    }

    [Fact]
    public void A_count_of_time_that_says_how_fast_is_no_wait()
    {
        Assert.True(En("@ShopCo Sarah was brilliant, sorted everything in 5 minutes") > 0.05);
        Assert.InRange(En("delivered within 2 days"), -0.05, 0.05);
        Assert.True(Fr("colis livré en 24 heures, parfait") > 0.05);
        Assert.True(En("@ShopCo waited 45 minutes on the phone") < -0.05);
    }

    [Fact]
    public void A_problem_solved_is_no_problem()
    {
        Assert.True(En("@ShopCo problem solved, thank you!") > 0.05, $"{En("@ShopCo problem solved, thank you!"):F3}");
        Assert.True(Fr("merci, problème réglé !") > 0.05);
        Assert.True(En("still the same problem") < -0.05);
        Assert.True(En("the problem is not solved") < -0.05);
    }

    [Fact]
    public void A_service_not_done_is_a_complaint_whatever_its_verb_form()
    {
        Assert.True(En("support closed my ticket without fixing anything") < -0.05);
        Assert.True(En("they keep not processing my claim") < -0.05);
    }

    [Fact]
    public void Praise_of_a_service_named_as_a_cue_is_no_irony()
    {
        Assert.True(En("Acme customer service is actually amazing") > 0.05, $"{En("Acme customer service is actually amazing"):F3}");
        Assert.True(Fr("service client au top, merci") > 0.05);
    }

    [Fact]
    public void Thanks_for_nothing_with_a_name_inside_is_a_complaint()
    {
        Assert.True(Fr("merci SNCF pour rien") < -0.05, $"{Fr("merci SNCF pour rien"):F3}");
        Assert.True(En("thanks Acme for nothing.") < -0.05);
        Assert.True(En("thanks Acme for not cancelling") > 0.05);
    }

    [Fact]
    public void Mentions_links_and_hashtags_are_handled()
    {
        Assert.Equal(0, En("@great_service http://bad.example.com/awful"));
        Assert.True(En("#fail") < -0.05);
    }

    [Fact]
    public void Unknown_uses_the_english_lexicon()
    {
        Assert.Equal(En("this is terrible"), Analyzer.Score("this is terrible", Language.Unknown), 9);
    }

    [Fact]
    public void Another_language_is_read_by_its_emoji_not_by_english_words()
    {
        // "die" and "no" are English sentiment words; in German and Spanish they are an article and a negation.
        Assert.True(En("Danke für die schnelle Hilfe, jetzt funktioniert alles") < -0.05);
        Assert.Equal(0, Analyzer.Score("Danke für die schnelle Hilfe, jetzt funktioniert alles", Language.Other));
        Assert.Equal(0, Analyzer.Score("el pedido no ha llegado, no contestan", Language.Other));
        Assert.False(Analyzer.TryPredict("el pedido no ha llegado", Language.Other, out _));
        Assert.True(Analyzer.Score("Lieferung schon wieder kaputt 😡😡", Language.Other) < -0.05);
        Assert.True(Analyzer.Score("Grazie mille 😍", Language.Other) > 0.05);
    }

    [Fact]
    public void Empty_and_long_texts_are_scored()
    {
        Assert.Equal(0, En(""));
        Assert.Equal(0, En("   "));
        var longText = string.Concat(Enumerable.Repeat("the staff were lovely and helpful. ", 200));
        var score = En(longText);
        Assert.InRange(score, 0.9, 1.0);
        var longFrench = string.Concat(Enumerable.Repeat("service nul, toujours pas de réponse. ", 200));
        Assert.InRange(Fr(longFrench), -1.0, -0.9);
    }

    [Fact]
    public void Score_is_always_within_minus_one_and_one()
    {
        Assert.InRange(En(string.Concat(Enumerable.Repeat("LOVE LOVE love!!! 😍 ", 100))), -1.0, 1.0);
        Assert.InRange(En(string.Concat(Enumerable.Repeat("hate HATE hate!!! 😡 ", 100))), -1.0, 1.0);
    }

    [Fact]
    public void Concurrent_scoring_matches_sequential_scoring()
    {
        var (english, _) = TextTestData.ReadSplit("en", "semeval2017_val");
        var (french, _) = TextTestData.ReadSplit("fr", "deft2017_val");
        var texts = english.Concat(french).ToArray();
        var languages = english.Select(_ => Language.English).Concat(french.Select(_ => Language.French)).ToArray();
        var fresh = SentimentAnalyzer.LoadEmbedded();
        var sequential = new double[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            sequential[i] = fresh.Score(texts[i], languages[i]);
        }
        var parallel = new double[texts.Length * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i] = fresh.Score(texts[i % texts.Length], languages[i % texts.Length]));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % texts.Length], parallel[i]);
        }
    }

    [Fact]
    public void Scoring_and_detection_do_not_allocate()
    {
        string[] posts =
        [
            "@AirlineCo 3 hours on the tarmac and still no gate 😡 NOT happy!!!",
            "Sooo goooood, thanks @ShopCo :) http://t.co/x #love",
            "@SNCF je n'ai toujours pas reçu mon remboursement, c'est pas terrible",
            string.Concat(Enumerable.Repeat("très déçu mais l'équipe est géniale ", 40)),
        ];
        var sum = 0.0;
        foreach (var post in posts)
        {
            sum += Analyzer.Score(post, Language.French) + Analyzer.Score(post, Language.English);
            sum += (int)LanguageDetector.Detect(post, null) + (int)LanguageDetector.Detect(post, "fr-FR");
        }
        // The fewest bytes of three rounds: the runtime's one-off bookkeeping on this thread (the JIT
        // recompiling a hot method, for one, once measured 7,792 bytes in a CI run) lands in one
        // round, while an allocation per call would show in every round.
        var allocated = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 500; i++)
            {
                foreach (var post in posts)
                {
                    sum += Analyzer.Score(post, Language.French) + Analyzer.Score(post, Language.English);
                    sum += (int)LanguageDetector.Detect(post, null) + (int)LanguageDetector.Detect(post, "fr-FR");
                }
            }
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.True(double.IsFinite(sum));
        // A little slack for runtime bookkeeping; one allocation per call would be 8,000 × 24 bytes or more.
        Assert.True(allocated < 4_000, $"{allocated} bytes allocated over 8,000 calls in the cheapest of three rounds");
    }

    [Fact]
    public void Shared_instance_is_created_once()
    {
        Assert.Same(SentimentAnalyzer.Shared, SentimentAnalyzer.Shared);
    }
}
