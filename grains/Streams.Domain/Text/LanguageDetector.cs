namespace Streams.Domain.Text;

/// <summary>
/// Cheap English/French/other detection for routing a post to the right lexicon. Trusts the platform's
/// declared language when there is one; otherwise counts function words ("the", "and" vs "le", "et" vs
/// "und", "el", "che"), which even a ten-word tweet has a few of, plus accented letters as hints ("é" for
/// French, "ñ", "ü", "ã" for the others). Anything short of clear evidence is <see cref="Language.Unknown"/>
/// rather than a guess.
/// </summary>
public static class LanguageDetector
{
    private const int MaxWordLength = 16;

    /// <summary>A language needs this much evidence, and this margin over the other, to be chosen.</summary>
    private const float MinEvidence = 2f;
    private const float MinRatio = 1.5f;

    /// <summary>An accented word is a hint, not proof: names and loanwords ("café") carry accents too.</summary>
    private const float AccentWeight = 0.5f;
    private const int MaxAccentHints = 4;

    // Only words that are not also common in the other language ("on", "me", "a", "plus" and "en" are left out).
    private static readonly string[] EnglishWords =
    [
        "the", "and", "is", "are", "was", "were", "to", "of", "you", "your", "my", "i", "it", "its", "it's", "for",
        "this", "that", "with", "have", "has", "had", "not", "be", "been", "what", "just", "but", "so", "at", "they",
        "we", "can", "do", "does", "did", "will", "get", "got", "from", "please", "why", "how", "an", "in", "if",
        "or", "no", "about", "all", "would", "there", "their", "our", "when", "who", "im", "i'm", "don't", "dont",
        "can't", "cant", "thanks", "thank", "still", "been", "yet", "hours", "flight", "because", "again", "now",
        "out", "up", "by", "any", "some", "than", "too", "very", "really", "should", "could", "which", "into",
    ];

    private static readonly string[] FrenchWords =
    [
        "le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "je", "tu", "il", "elle", "nous", "vous",
        "ils", "elles", "pas", "que", "qui", "pour", "dans", "sur", "avec", "ce", "cette", "ces", "c", "j", "l",
        "d", "n", "qu", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "ne", "au", "aux", "ou",
        "mais", "tres", "suis", "sont", "ete", "fait", "ca", "merci", "bonjour", "toujours", "encore", "rien",
        "votre", "vos", "notre", "nos", "leur", "avez", "ai", "avoir", "etre", "faire", "depuis", "aussi", "quand",
        "comme", "sans", "chez", "vraiment", "trop", "jamais", "deja", "apres", "avant", "parce", "donc", "alors",
        "y", "lui", "moi", "toi", "ont", "etait", "peut", "fois", "jour", "heures", "cest",
    ];

    // Function words of the other languages a European brand's mentions carry most (Spanish, Portuguese, Italian,
    // German, Dutch), pooled as evidence of "other". Without them a Spanish post, with its "la" and "de", reads as
    // French, and a German one is scored by English words ("die"). Left out: words common in English or French
    // text or care posts ("il", "non", "es", "y", "ya", "yo", "os", "eu", "com", "van", "uber", "mia", "sus").
    private static readonly string[] OtherWords =
    [
        "el", "los", "las", "por", "una", "muy", "pero", "para", "del", "esta", "estoy", "como", "gracias", "hola",
        "porque", "cuando", "tengo", "hay", "tiene", "eso", "esto", "hace", "puede", "siempre", "todavia", "ningun",
        "ninguna", "nadie", "mucho", "lo", "usted", "ustedes", "estan", "hemos",
        "nao", "uma", "muito", "obrigado", "obrigada", "voce", "isso", "meu", "minha", "ainda", "agora", "tambem",
        "pela", "pelo", "seu", "sua", "estou", "tudo", "ninguem", "quando", "dos", "das", "pra", "ele", "ela", "foi",
        "tem", "vai",
        "che", "sono", "della", "questo", "questa", "grazie", "molto", "gli", "anche", "perche", "hai", "mio",
        "ciao", "tutto", "nessuno", "ancora", "sempre", "adesso", "niente", "cosa", "dei", "delle", "nel", "nella",
        "alla", "sul", "di", "stato", "essere", "ogni", "sei",
        "der", "die", "und", "ist", "nicht", "das", "ich", "mit", "sie", "ein", "eine", "auf", "den", "dem", "fur",
        "aber", "auch", "wie", "noch", "habe", "danke", "sehr", "kein", "keine", "mein", "meine", "schon", "wird",
        "wir", "nur", "immer", "jetzt", "bitte", "seit", "warum", "heute", "zu", "wurde", "sind", "oder", "kann",
        "euch", "ihr",
        "het", "een", "niet", "ik", "dat", "zijn", "met", "voor", "maar", "ook", "wel", "nog", "bedankt", "heb",
        "geen", "mijn", "naar", "wat", "jullie", "ze", "weer", "steeds", "hebben", "wordt", "kan", "bij", "nu",
    ];

    private static readonly Dictionary<string, Language>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = BuildFunctionWords();

    /// <summary>
    /// The post's language: a declared "en"/"fr" (any region, any case) wins; any other declared
    /// language is <see cref="Language.Other"/>; undeclared (null, empty or "und") is detected from the text.
    /// </summary>
    public static Language Detect(ReadOnlySpan<char> text, string? declaredLang)
    {
        if (!string.IsNullOrWhiteSpace(declaredLang))
        {
            var declared = FromDeclared(declaredLang.AsSpan().Trim());
            if (declared != Language.Unknown)
            {
                return declared;
            }
        }
        return FromText(text);
    }

    /// <summary>
    /// The code a query's <c>lang:</c> filter compares with when a post declares no language: "en", "fr", or null for
    /// any other (such a post matches no <c>lang:</c> filter).
    /// </summary>
    public static string? CodeOf(Language language) => language switch
    {
        Language.English => "en",
        Language.French => "fr",
        _ => null,
    };

    private static Language FromDeclared(ReadOnlySpan<char> tag)
    {
        var primary = tag;
        var separator = tag.IndexOfAny('-', '_');
        if (separator >= 0)
        {
            primary = tag[..separator];
        }
        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase) || primary.Equals("eng", StringComparison.OrdinalIgnoreCase))
        {
            return Language.English;
        }
        if (primary.Equals("fr", StringComparison.OrdinalIgnoreCase) || primary.Equals("fra", StringComparison.OrdinalIgnoreCase)
            || primary.Equals("fre", StringComparison.OrdinalIgnoreCase))
        {
            return Language.French;
        }
        // "und" (undetermined) and "zxx" (no linguistic content) are what platforms send when they do not know.
        if (primary.Equals("und", StringComparison.OrdinalIgnoreCase) || primary.Equals("zxx", StringComparison.OrdinalIgnoreCase))
        {
            return Language.Unknown;
        }
        return Language.Other;
    }

    private static Language FromText(ReadOnlySpan<char> text)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        Span<float> evidence = stackalloc float[4]; // Indexed by Language; Unknown's stays 0.
        var accentHints = 0;
        var otherAccentHints = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '@' || ((c == 'h' || c == 'H') && text[i..].StartsWith("http", StringComparison.OrdinalIgnoreCase)))
            {
                // Handles and links say nothing about the language of the post.
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                continue;
            }
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }
            var length = 0;
            var accented = false;
            var otherAccented = false;
            var overflow = false;
            for (; i < text.Length; i++)
            {
                c = text[i];
                if (c is '\'' or '\u2019')
                {
                    // French elision ends the word ("c'est" → "c" + "est"); English contractions stay whole ("don't").
                    var isElision = length == 1 || (length == 2 && word[0] == 'q' && word[1] == 'u');
                    if (!isElision && !overflow && length < MaxWordLength && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        word[length++] = '\'';
                        continue;
                    }
                    i++;
                    break;
                }
                if (!char.IsLetter(c))
                {
                    break;
                }
                if (c > '\u007F')
                {
                    accented |= c is 'é' or 'è' or 'ê' or 'à' or 'ç' or 'ù' or 'û' or 'ô' or 'î' or 'ï' or 'ë' or 'â' or 'œ'
                        or 'É' or 'È' or 'Ê' or 'À' or 'Ç';
                    // Letters French does not use: Spanish, Portuguese, German, Italian.
                    otherAccented |= c is 'ñ' or 'ã' or 'õ' or 'ä' or 'ö' or 'ü' or 'ß' or 'á' or 'í' or 'ó' or 'ú' or 'ì' or 'ò'
                        or 'Ñ' or 'Ä' or 'Ö' or 'Ü' or 'Á' or 'Í' or 'Ó' or 'Ú';
                }
                if (length < MaxWordLength)
                {
                    word[length++] = TextFolding.Fold(c);
                }
                else
                {
                    overflow = true;
                }
            }
            if (accented && accentHints < MaxAccentHints)
            {
                accentHints++;
            }
            if (otherAccented && otherAccentHints < MaxAccentHints)
            {
                otherAccentHints++;
            }
            if (overflow || length == 0)
            {
                continue;
            }
            var w = word[..length];
            if (FunctionWords.TryGetValue(w, out var language))
            {
                evidence[(int)language]++;
            }
        }
        evidence[(int)Language.French] += accentHints * AccentWeight;
        evidence[(int)Language.Other] += otherAccentHints * AccentWeight;
        return Clearest(evidence);
    }

    /// <summary>The language with enough evidence and a lead of <see cref="MinRatio"/> over each other one (at most one has both).</summary>
    private static Language Clearest(ReadOnlySpan<float> evidence)
    {
        for (var language = Language.English; language <= Language.Other; language++)
        {
            var rival = 0f;
            for (var other = Language.English; other <= Language.Other; other++)
            {
                if (other != language)
                {
                    rival = MathF.Max(rival, evidence[(int)other]);
                }
            }
            var lead = evidence[(int)language];
            if (lead >= MinEvidence && lead >= rival * MinRatio)
            {
                return language;
            }
        }
        return Language.Unknown;
    }

    // One look-up per word, whichever list it is in (the lists share no word).
    private static Dictionary<string, Language>.AlternateLookup<ReadOnlySpan<char>> BuildFunctionWords()
    {
        var words = new Dictionary<string, Language>(StringComparer.Ordinal);
        foreach (var (list, language) in new[] { (EnglishWords, Language.English), (FrenchWords, Language.French), (OtherWords, Language.Other) })
        {
            foreach (var word in list)
            {
                if (!words.TryAdd(word, language) && words[word] != language)
                {
                    throw new InvalidOperationException($"Function word '{word}' is listed for two languages.");
                }
            }
        }
        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
