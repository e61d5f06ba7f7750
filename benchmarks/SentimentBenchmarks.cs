using BenchmarkDotNet.Attributes;
using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>
/// Cost of scoring one post (results are per post: OperationsPerInvoke is the post count) and of
/// detecting its language. The posts are written for this benchmark to look like customer-care
/// traffic: handles, links, emoji, elongation, caps, French elisions.
/// </summary>
[MemoryDiagnoser]
public class SentimentBenchmarks
{
    private static readonly string[] EnglishPosts =
    [
        "@AirlineCo my flight has been delayed 3 times today and nobody at the gate knows anything",
        "@AirlineCo thank you so much for rebooking me, the agent was amazing 🙏",
        "3 hours on the tarmac and still no gate. Great job @AirlineCo 🙄",
        "@PhoneCo still no signal in my area since Monday, when will this be fixed?",
        "Loving the new update @AppCo, the dark mode is sooo good 😍",
        "@BankCo I've been on hold for 45 minutes. This is RIDICULOUS",
        "@ShopCo where is my order? It was supposed to arrive last week",
        "Just wanted to say the staff at the downtown store were super helpful today!",
        "@ShopCo charged twice for the same order and no refund yet :(",
        "not bad at all @CafeCo, the new latte is actually pretty nice",
        "@AirlineCo lost my luggage AGAIN. Third time this year. Never flying with you again 😡",
        "Is the app down for anyone else? Can't log in @BankCo",
        "@TelcoCo your customer service is a joke, I've explained my problem to 5 different people",
        "Had a lovely experience with @HotelCo, room was clean and the view was stunning",
        "@RideCo driver cancelled on me twice and I still got charged a fee. Unacceptable.",
        "@StreamCo why does the show keep buffering? Paying for premium and getting this",
        "Shout out to @AirlineCo crew on flight 212, best service I've had in years!!",
        "@PhoneCo the battery dies by noon. Not happy with this phone at all",
        "@ShopCo package arrived early and well packed, thanks 👍",
        "@BankCo the card was blocked while I was abroad and nobody answered the phone",
        "the new menu at @BurgerCo is ok I guess, fries were cold though",
        "@AirlineCo can you tell me if flight 88 to Denver is on time?",
        "Worst. Customer. Service. Ever. @TelcoCo",
        "@AppCo the latest update broke notifications, please fix it",
        "@HotelCo booked a sea view room and got a parking lot view. Disappointed.",
        "@RideCo my driver was really kind and the car was spotless, 5 stars",
        "I can't believe @ShopCo sent me the wrong size for the third time 🤦",
        "@StreamCo thanks for the quick reply, all sorted now!",
        "@AirlineCo stuck in Chicago overnight, no hotel voucher, no food voucher, nothing",
        "Honestly @CafeCo has the friendliest baristas in town ☕",
        "@TelcoCo internet outage again tonight. Working from home is impossible",
        "@BankCo your app is slow but the support team fixed my issue quickly",
        "@PhoneCo is there any update on the screen replacement program?",
        "@ShopCo still waiting for my refund, it's been three weeks",
        "Flight was delayed but the crew were amazing, thank you @AirlineCo",
        "@HotelCo front desk was rude and check-in took forever",
        "Sooo happy with my new laptop from @ShopCo!!! 😊",
        "@RideCo app keeps crashing when I try to pay",
        "@AirlineCo seat 14C is broken and the crew just shrugged",
        "Great game tonight, can't wait for the next one",
        "@TelcoCo three technicians, three appointments, still no internet. Absolutely useless",
        "@StreamCo the new documentary series is brilliant",
        "@BankCo why was I charged an overdraft fee when I had money in the account?",
        "@CafeCo forgot my order and didn't even apologize",
        "@AppCo love the new features, keep it up :)",
        "@AirlineCo cancelled my flight with no notice and the rebooking is 2 days later",
        "@ShopCo delivery driver left my parcel in the rain. Everything soaked",
        "@PhoneCo support chat was fast and polite, problem solved",
        "@HotelCo the breakfast was fantastic, we'll be back",
        "@TelcoCo is there an outage in Leeds right now?",
    ];

    private static readonly string[] FrenchPosts =
    [
        "@SNCF encore un train en retard ce matin, c'est la troisième fois cette semaine",
        "Merci @BanqueCo pour votre réactivité, problème réglé en 10 minutes 👍",
        "@OperateurCo toujours pas de réseau depuis hier soir, c'est inadmissible",
        "@BoutiqueCo commande reçue, tout est parfait, merci !",
        "@OperateurCo box en panne depuis lundi et personne ne répond au téléphone 😡",
        "Je suis vraiment déçu du service client @BoutiqueCo",
        "@CompagnieCo vol annulé sans aucune explication, je suis bloqué à Lyon",
        "Très contente de mon nouveau téléphone, la batterie tient toute la journée 😍",
        "@BanqueCo ça fait trois semaines que j'attends mon remboursement",
        "Le service est pas terrible mais le personnel est sympa",
        "@SNCF pas mal du tout le nouveau TGV, confortable et à l'heure",
        "@OperateurCo votre service client est une honte, 45 minutes d'attente",
        "@HotelCo chambre propre, personnel adorable, je recommande",
        "@BoutiqueCo je n'ai toujours pas reçu ma commande, que se passe-t-il ?",
        "@CompagnieCo merci pour le surclassement, vol génial !",
        "@AppliCo la dernière mise à jour a tout cassé, l'appli plante sans arrêt",
        "C'est nul, j'ai payé deux fois la même commande @BoutiqueCo",
        "@SNCF quelqu'un sait si le TER de 18h est maintenu ?",
        "@BanqueCo carte bloquée à l'étranger et aucune réponse de votre part",
        "Super accueil à l'agence de Bordeaux, merci à toute l'équipe",
        "@OperateurCo j'en ai marre de payer pour une connexion qui ne marche pas",
        "@RestoCo livraison en retard et plats froids, franchement décevant",
        "@HotelCo petit déjeuner excellent, on reviendra",
        "@CompagnieCo bagage perdu, aucune nouvelle depuis 5 jours",
        "Bravo @AppliCo pour la nouvelle fonctionnalité, très pratique",
        "@SNCF train supprimé, aucun remplacement prévu, on fait comment ?",
        "Je ne suis pas content du tout de la réparation @BoutiqueCo",
        "@BanqueCo conseiller très professionnel, merci pour votre aide",
        "@OperateurCo coupure internet encore ce soir, c'est insupportable",
        "@RestoCo meilleur burger de Paris, rien à dire",
        "@CompagnieCo l'équipage était adorable mais le retard était horrible",
        "@BoutiqueCo le colis est arrivé abîmé, je veux un remboursement",
        "Quelle arnaque ces frais cachés @BanqueCo",
        "@AppliCo merci, tout fonctionne à nouveau",
        "@SNCF vous vous foutez de nous ? 2 heures de retard sans information",
        "@HotelCo la climatisation ne fonctionne pas et personne ne vient",
        "Le nouveau menu @RestoCo est top, bravo au chef",
        "@OperateurCo pourquoi ma facture a doublé ce mois-ci ?",
        "@BoutiqueCo vendeuse très aimable et de bon conseil",
        "@CompagnieCo 3 heures sur le tarmac et toujours pas de porte d'embarquement",
        "J'adore cette appli, simple et efficace 😊",
        "@BanqueCo impossible de me connecter depuis ce matin",
        "@SNCF trajet parfait, à l'heure et au calme",
        "@OperateurCo technicien jamais venu, rendez-vous raté pour la deuxième fois",
        "@RestoCo service lent mais la nourriture était délicieuse",
        "@HotelCo réservation annulée sans prévenir, scandaleux",
        "@AppliCo le mode sombre est géniaaaal",
        "@BoutiqueCo aucun retour sur ma réclamation depuis deux semaines",
        "@CompagnieCo merci beaucoup pour votre aide à l'aéroport",
        "@BanqueCo quels sont vos horaires d'ouverture samedi ?",
    ];

    private static readonly DateTime Now = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Brand = ["acme"];

    private SentimentAnalyzer analyzer = null!;
    private BrandSentimentPriors brandPriors = null!;
    private (string Text, Language Language)[] posts = [];

    [GlobalSetup]
    public void Setup()
    {
        analyzer = SentimentAnalyzer.Shared;
        posts = new (string, Language)[EnglishPosts.Length + FrenchPosts.Length];
        for (var i = 0; i < EnglishPosts.Length; i++)
        {
            posts[i] = (EnglishPosts[i], Language.English);
        }
        for (var i = 0; i < FrenchPosts.Length; i++)
        {
            posts[EnglishPosts.Length + i] = (FrenchPosts[i], Language.French);
        }
        // The brand's last three hours hold the posts three times over, so its estimate is warm and applied.
        brandPriors = new BrandSentimentPriors(analyzer);
        for (var hour = 3; hour > 0; hour--)
        {
            foreach (var (text, language) in posts)
            {
                brandPriors.Score(text, language, Brand, Now.AddHours(-hour), count: true);
            }
        }
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public double ScorePost()
    {
        var sum = 0.0;
        foreach (var (text, language) in posts)
        {
            sum += analyzer.Score(text, language);
        }
        return sum;
    }

    /// <summary>The rule-based lexicon score alone: the first of the two passes <see cref="ScorePost"/> makes over a post.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public double LexiconScore()
    {
        var sum = 0.0;
        foreach (var (text, language) in posts)
        {
            sum += analyzer.LexiconScore(text, language);
        }
        return sum;
    }

    /// <summary>Scoring a brand's mention as the pipeline does: the class probabilities, re-weighted by the brand's estimated priors, counted.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public double ScoreBrandPost()
    {
        var sum = 0.0;
        foreach (var (text, language) in posts)
        {
            sum += brandPriors.Score(text, language, Brand, Now, count: true);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public int DetectLanguage()
    {
        var french = 0;
        foreach (var (text, _) in posts)
        {
            if (LanguageDetector.Detect(text, null) == Language.French)
            {
                french++;
            }
        }
        return french;
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public double DetectThenScore()
    {
        var sum = 0.0;
        foreach (var (text, _) in posts)
        {
            sum += analyzer.Score(text, LanguageDetector.Detect(text, null));
        }
        return sum;
    }
}
