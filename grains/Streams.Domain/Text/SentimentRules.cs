namespace Streams.Domain.Text;

/// <summary>
/// Hand-written word lists for the rules the lexicons cannot express: negation, intensifiers,
/// contrast and idioms. Written in plain (accented) spelling; they are folded at load time.
/// </summary>
internal static class SentimentRules
{
    /// <summary>Added to (or, for a dampener, taken from) the next sentiment word's valence.</summary>
    public const float Boost = 0.293f;

    /// <summary>Extra weight of an ALL-CAPS sentiment word inside mixed-case text.</summary>
    public const float CapsBoost = 0.733f;

    /// <summary>Extra weight of an elongated word ("goooood"): stretched words are emphatic.</summary>
    public const float ElongationBoost = 0.293f;

    /// <summary>A negated word keeps most of its strength with the sign flipped ("not good" is milder than "bad").</summary>
    public const float NegationScalar = -0.74f;

    /// <summary>How many tokens after a negator or an intensifier it still reaches.</summary>
    public const int Window = 3;

    /// <summary>Weights of the words before and after a contrast word ("but", "mais").</summary>
    public const float BeforeContrast = 0.5f;
    public const float AfterContrast = 1.5f;

    /// <summary>What praise still counts beside a care complaint cue with no contrast word between them (irony).</summary>
    public const float IronyDiscount = 0.25f;

    public const float ExclamationBoost = 0.292f;
    public const int MaxExclamations = 4;
    public const float QuestionBoost = 0.18f;
    public const float MaxQuestionBoost = 0.96f;

    /// <summary>VADER's normalisation constant: x / sqrt(x² + alpha) maps a valence sum into (-1, 1).</summary>
    public const float NormalisationAlpha = 15f;

    public static readonly string[] EnglishNegators =
    [
        "not", "no", "never", "without", "nothing", "nobody", "none", "neither", "nor", "nowhere", "cannot",
        "cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont", "wouldnt", "shouldnt",
        "couldnt", "hasnt", "havent", "hadnt", "aint", "mustnt", "neednt", "darent", "nope", "nah",
    ];

    public static readonly string[] FrenchNegators = ["pas", "jamais", "rien", "aucun", "aucune", "sans", "ni"];

    public static readonly string[] FrenchNeParticles = ["ne", "n"];

    public static readonly string[] FrenchNegatorsAfterNe = ["plus", "personne", "guere"];

    public static readonly (string Word, float Boost)[] EnglishBoosters =
    [
        ("very", Boost), ("really", Boost), ("so", Boost), ("too", Boost), ("extremely", Boost), ("totally", Boost),
        ("absolutely", Boost), ("completely", Boost), ("utterly", Boost), ("incredibly", Boost), ("super", Boost),
        ("highly", Boost), ("truly", Boost), ("most", Boost), ("such", Boost), ("especially", Boost),
        ("entirely", Boost), ("seriously", Boost), ("hugely", Boost), ("insanely", Boost), ("terribly", Boost),
        ("awfully", Boost), ("fucking", Boost), ("freaking", Boost), ("frickin", Boost), ("damn", Boost),
        ("soo", Boost), ("sooo", Boost), ("real", Boost), ("pretty", Boost * 0.5f), ("quite", Boost * 0.5f),
        ("barely", -Boost), ("hardly", -Boost), ("scarcely", -Boost), ("slightly", -Boost), ("somewhat", -Boost),
        ("kinda", -Boost), ("kindof", -Boost), ("sorta", -Boost), ("marginally", -Boost), ("partly", -Boost),
        ("little", -Boost), ("less", -Boost), ("fairly", -Boost * 0.5f), ("almost", -Boost),
    ];

    public static readonly (string Word, float Boost)[] FrenchBoosters =
    [
        ("très", Boost), ("vraiment", Boost), ("trop", Boost), ("super", Boost), ("tellement", Boost),
        ("hyper", Boost), ("extrêmement", Boost), ("totalement", Boost), ("complètement", Boost), ("absolument", Boost),
        ("vachement", Boost), ("carrément", Boost), ("franchement", Boost), ("fort", Boost),
        ("énormément", Boost), ("incroyablement", Boost), ("profondément", Boost), ("particulièrement", Boost),
        ("peu", -Boost), ("légèrement", -Boost), ("plutôt", -Boost * 0.5f), ("moyennement", -Boost),
        ("assez", -Boost * 0.5f), ("presque", -Boost), ("guère", -Boost),
    ];

    public static readonly string[] EnglishContrast = ["but", "however", "although", "though", "yet", "nevertheless"];

    public static readonly string[] FrenchContrast = ["mais", "cependant", "pourtant", "toutefois", "néanmoins"];

    /// <summary>
    /// Idioms whose meaning is not the sum of their words. Valences on the VADER scale. "pas terrible"
    /// means "not great" (negative) although "terrible" is itself negative. A matched idiom is never
    /// negated, so none may start after a word a negator could precede ("not the best").
    /// Zero-valued entries cancel a misleading word ("looks like", "kind of").
    /// </summary>
    public static readonly (string Phrase, float Valence)[] EnglishIdioms =
    [
        ("not bad", 1.2f), ("no problem", 1.0f), ("no worries", 1.0f), ("no doubt", 0.8f), ("not sure", -0.4f),
        ("thanks for nothing", -2.0f), ("yeah right", -1.0f), ("what a joke", -2.2f), ("fed up", -2.0f),
        ("kind of", 0f), ("sort of", 0f), ("look like", 0f),
        ("looks like", 0f), ("feel like", 0f), ("feels like", 0f), ("like this", 0f), ("like that", 0f),
        ("just like", 0f), ("would like", 0f), ("i like", 1.5f), ("shout out", 2.0f), ("shoutout", 2.0f), ("for good", 0f), ("above and beyond", 2.5f), ("you rock", 2.5f), ("guys rock", 2.5f),
    ];

    public static readonly (string Phrase, float Valence)[] FrenchIdioms =
    [
        ("pas terrible", -1.5f), ("pas mal", 1.0f), ("pas de souci", 1.0f), ("pas de soucis", 1.0f),
        ("pas de problème", 1.0f), ("en avoir marre", -2.2f), ("en ai marre", -2.2f), ("ras le bol", -2.2f),
        ("fout de", -1.8f), ("foutent de", -1.8f), ("foutre de", -1.8f), ("se moquer", -1.5f),
        ("se moque", -1.5f), ("se moquent", -1.5f), ("n importe quoi", -1.8f), ("c est top", 2.0f),
        ("au top", 2.0f), ("tout va bien", 1.5f), ("bien sur", 0f), ("bien que", 0f), ("merci pour rien", -2.0f),
    ];

    /// <summary>
    /// English social words that VADER lacks or reads otherwise than people writing to a brand mean them. Hand-written,
    /// VADER scale; they replace VADER's entry. "idk" (VADER -0.4) is uncertainty, not a grievance: "idk if my order
    /// went through" asks.
    /// </summary>
    public static readonly (string Word, float Valence)[] EnglishSupplement =
    [
        ("shambles", -2.5f), ("shambolic", -2.5f), ("legend", 2.0f), ("legends", 2.0f), ("lifesaver", 2.5f), ("idk", 0f),
    ];

    /// <summary>
    /// French social words missing from (or too mild in) the stem lexicon. Hand-written, VADER scale.
    /// </summary>
    public static readonly (string Word, float Valence)[] FrenchSupplement =
    [
        ("merci", 1.5f), ("bravo", 2.2f), ("génial", 2.8f), ("géniale", 2.8f), ("top", 1.8f), ("super", 2.0f),
        ("honte", -2.2f), ("honteux", -2.5f), ("honteuse", -2.5f), ("nul", -2.0f), ("nulle", -2.0f), ("nuls", -2.0f),
        ("inadmissible", -2.5f), ("inacceptable", -2.5f), ("arnaque", -2.5f), ("arnaqueurs", -2.5f),
        ("lamentable", -2.3f), ("pitoyable", -2.3f), ("catastrophe", -2.3f), ("catastrophique", -2.5f),
        ("scandale", -2.3f), ("scandaleux", -2.5f), ("dégueulasse", -2.5f), ("déçu", -2.0f), ("déçue", -2.0f),
        ("déception", -2.0f), ("décevant", -2.0f), ("decevante", -2.0f), ("marre", -1.8f), ("galère", -1.6f),
        ("relou", -1.6f), ("chiant", -2.0f), ("chiante", -2.0f), ("naze", -1.8f), ("pourri", -2.0f),
        ("pourrie", -2.0f), ("putain", -1.5f), ("merde", -2.0f), ("bordel", -1.5f), ("beurk", -2.0f),
        ("bof", -0.8f), ("grr", -1.5f), ("mdr", 1.5f), ("ptdr", 1.5f), ("lol", 1.5f), ("xd", 2.0f),
        ("adore", 2.5f), ("adorer", 2.5f), ("kiffe", 2.2f), ("cool", 1.5f), ("parfait", 2.5f),
        ("excellent", 2.8f), ("magnifique", 2.8f), ("incroyable", 1.2f), ("content", 2.0f), ("contente", 2.0f),
        ("heureux", 2.4f), ("heureuse", 2.4f), ("ravi", 2.3f), ("ravie", 2.3f), ("satisfait", 1.8f),
        ("insatisfait", -2.0f), ("mécontent", -2.0f), ("mécontente", -2.0f), ("furieux", -2.8f),
        ("énervé", -2.0f), ("énervée", -2.0f), ("colère", -2.3f), ("triste", -2.0f), ("dommage", -1.3f),
        ("horrible", -2.6f), ("pire", -2.2f), ("mauvais", -2.0f), ("mauvaise", -2.0f), ("bon", 1.5f),
        ("bonne", 1.5f), ("bien", 0.5f), ("mal", -1.5f), ("inutile", -1.5f), ("incompétent", -2.3f),
        ("incompétents", -2.3f), ("incompétence", -2.3f), ("lent", -1.0f), ("lente", -1.0f), ("bug", -1.3f),
        ("bugue", -1.5f),
    ];

    /// <summary>
    /// Emoji whose description has no polarised English word ("pouting face", "thumbs down") but whose
    /// use on social media is clear. Hand-set, VADER scale; they win over the description's score.
    /// </summary>
    public static readonly (string Emoji, float Valence)[] EmojiOverrides =
    [
        ("\U0001F621", -2.8f), ("\U0001F92C", -3.0f), ("\U0001F620", -2.5f), ("\U0001F624", -1.8f),
        ("\U0001F612", -1.6f), ("\U0001F644", -1.5f), ("\U0001F44E", -2.0f), ("\U0001F44D", 1.6f),
        ("\U0001F64F", 1.0f), ("\U0001F4A9", -1.5f), ("\U0001F92E", -2.5f), ("\U0001F922", -2.0f),
        ("\U0001F615", -1.2f), ("\U0001F61E", -1.8f), ("\U0001F614", -1.5f), ("\U0001F62B", -1.8f),
        ("\U0001F629", -1.8f), ("\U0001F611", -0.8f), ("\U0001F610", -0.3f), ("\U0001F60D", 3.0f),
        ("\U0001F970", 3.0f), ("\U0001F44F", 1.5f), ("\U0001F525", 1.0f), ("\U0001F4AF", 1.5f),
        ("\u2764", 2.5f), ("\u2705", 1.0f), ("\u274C", -1.2f), ("\U0001F494", -2.5f), ("\U0001F602", 1.5f),
        ("\U0001F923", 1.5f), ("\U0001F62D", -1.5f), ("\U0001F926", -1.5f), ("\U0001F937", -0.5f), ("\U0001F64C", 2.0f),
    ];
}
