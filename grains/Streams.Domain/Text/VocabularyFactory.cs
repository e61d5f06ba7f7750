namespace Streams.Domain.Text;

/// <summary>
/// Builds the per-language vocabularies from the embedded lexicons and the hand-written rules.
/// Every key goes through <see cref="TextFolding"/> exactly as the analysed text does, so "déçu",
/// "DECU" and "decu" all meet the same entry.
/// </summary>
internal static class VocabularyFactory
{
    /// <summary>Pattern polarities run -1..+1; VADER's -4..+4. Tuned on the DEFT train split.</summary>
    public const float FrenchStemScale = 3.0f;

    /// <summary>
    /// Pattern gives many everyday words ("nouveau", "premier", "propre") a faint polarity that reads as
    /// sentiment in news-like posts; stems weaker than this are dropped. Tuned on the DEFT train split.
    /// </summary>
    public const float FrenchMinPolarity = 0.25f;

    public static LanguageVocabulary BuildEnglish(IReadOnlyList<(string Token, float Valence)> vader)
    {
        var words = new Dictionary<string, LexiconEntry>(vader.Count + 256, StringComparer.Ordinal);
        foreach (var (token, valence) in vader)
        {
            if (IsWordLike(token))
            {
                words.TryAdd(TextFolding.Fold(token), new LexiconEntry(valence, 0, WordRole.None));
            }
        }
        AddSupplement(words, SentimentRules.EnglishSupplement);
        AddRoles(words, SentimentRules.EnglishNegators, WordRole.Negator);
        AddRoles(words, SentimentRules.EnglishContrast, WordRole.Contrast);
        AddBoosters(words, SentimentRules.EnglishBoosters);
        var phrases = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        AddPhrases(words, phrases, SentimentRules.EnglishIdioms, WordRole.None);
        AddPhrases(words, phrases, ComplaintCues.English, WordRole.ComplaintCue);
        AddCareRegister(words, CareRegister.EnglishRequests, CareRegister.EnglishCourtesy, CareRegister.EnglishServiceActions,
            CareRegister.EnglishCompletedActions, CareRegister.EnglishTimeUnits);
        AddRoles(words, CareRegister.EnglishThanksFor, WordRole.ThanksFor);
        AddRoles(words, CareRegister.EnglishWithinTime, WordRole.WithinTime);
        AddCueRoles(words, phrases, CareRegister.EnglishServiceTopics, WordRole.ServiceTopic);
        return new LanguageVocabulary(words, phrases, stems: null, splitsElisions: false);
    }

    public static LanguageVocabulary BuildFrench(IReadOnlyDictionary<string, float> stemPolarities)
    {
        var stems = new Dictionary<string, float>(stemPolarities.Count, StringComparer.Ordinal);
        foreach (var (stem, polarity) in stemPolarities)
        {
            if (Math.Abs(polarity) >= FrenchMinPolarity)
            {
                stems.TryAdd(TextFolding.Fold(stem), polarity * FrenchStemScale);
            }
        }
        var words = new Dictionary<string, LexiconEntry>(512, StringComparer.Ordinal);
        AddSupplement(words, SentimentRules.FrenchSupplement);
        AddRoles(words, SentimentRules.FrenchNegators, WordRole.Negator);
        AddRoles(words, SentimentRules.FrenchNeParticles, WordRole.Negator | WordRole.NeParticle);
        AddRoles(words, SentimentRules.FrenchNegatorsAfterNe, WordRole.NegatorAfterNe);
        AddRoles(words, SentimentRules.FrenchContrast, WordRole.Contrast);
        AddBoosters(words, SentimentRules.FrenchBoosters);
        var phrases = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        AddPhrases(words, phrases, SentimentRules.FrenchIdioms, WordRole.None);
        AddPhrases(words, phrases, ComplaintCues.French, WordRole.ComplaintCue);
        AddCareRegister(words, [], CareRegister.FrenchCourtesy, CareRegister.FrenchServiceActions, CareRegister.FrenchCompletedActions,
            CareRegister.FrenchTimeUnits);
        AddRoles(words, CareRegister.FrenchThanksFor, WordRole.ThanksFor);
        AddRoles(words, CareRegister.FrenchWithinTime, WordRole.WithinTime);
        AddCueRoles(words, phrases, CareRegister.FrenchServiceTopics, WordRole.ServiceTopic);
        return new LanguageVocabulary(words, phrases, stems, splitsElisions: true);
    }

    /// <summary>
    /// Emoji and emoticons, shared by every language. An emoji is worth the English polarity of its
    /// description ("loudly crying face" → "crying"), unless <see cref="SentimentRules.EmojiOverrides"/>
    /// says otherwise (descriptions such as "pouting face" carry no lexicon word at all).
    /// </summary>
    public static Dictionary<string, float> BuildSymbols(
        IReadOnlyList<(string Token, float Valence)> vader,
        IReadOnlyList<(string Emoji, string Description)> emoji,
        LanguageVocabulary english)
    {
        var symbols = new Dictionary<string, float>(4096, StringComparer.Ordinal);
        foreach (var (token, valence) in vader)
        {
            if (!IsWordLike(token))
            {
                symbols.TryAdd(TextFolding.Fold(token), valence);
            }
        }
        foreach (var (glyph, description) in emoji)
        {
            var key = glyph.Replace("\uFE0F", "", StringComparison.Ordinal);
            if (key.Length == 0 || key.Length > 2 || (key.Length == 2 && !char.IsSurrogatePair(key[0], key[1])))
            {
                continue; // Sequences (flags, skin tones, ZWJ families): the scorer reads emoji one code point at a time.
            }
            var valence = DescriptionValence(description, english);
            if (valence != 0)
            {
                symbols.TryAdd(key, valence);
            }
        }
        foreach (var (glyph, valence) in SentimentRules.EmojiOverrides)
        {
            symbols[glyph] = valence;
        }
        return symbols;
    }

    private static float DescriptionValence(string description, LanguageVocabulary english)
    {
        var sum = 0f;
        foreach (var word in description.Split([' ', '-', ':', ',', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            sum += english.Find(TextFolding.Fold(word)).Valence;
        }
        return Math.Clamp(sum, -4f, 4f);
    }

    /// <summary>Hand-written words that replace (or add to) the lexicon's, before any role is given.</summary>
    private static void AddSupplement(Dictionary<string, LexiconEntry> words, (string Word, float Valence)[] list)
    {
        foreach (var (word, valence) in list)
        {
            words[TextFolding.Fold(word)] = new LexiconEntry(valence, 0, WordRole.None);
        }
    }

    private static void AddRoles(Dictionary<string, LexiconEntry> words, string[] list, WordRole role)
    {
        foreach (var word in list)
        {
            var key = TextFolding.Fold(word);
            words.TryGetValue(key, out var entry);
            // A negator's own lexicon polarity would count twice: once itself, once through the word it flips.
            var valence = (role & WordRole.Negator) != 0 ? 0 : entry.Valence;
            words[key] = entry with { Valence = valence, Roles = entry.Roles | role };
        }
    }

    /// <summary>
    /// Request words lose their polarity; the other lists only gain a role, so the scorer can weigh the word by the
    /// rest of the post (see <see cref="CareRegister"/>). Applied last: a care role never disturbs a phrase start.
    /// </summary>
    private static void AddCareRegister(
        Dictionary<string, LexiconEntry> words, string[] requests, string[] courtesy, string[] actions, string[] completed, string[] timeUnits)
    {
        foreach (var word in requests)
        {
            var key = TextFolding.Fold(word);
            words.TryGetValue(key, out var entry);
            words[key] = entry with { Valence = 0, Roles = entry.Roles | WordRole.Request };
        }
        AddRoles(words, courtesy, WordRole.Courtesy);
        AddRoles(words, actions, WordRole.ServiceAction);
        AddRoles(words, completed, WordRole.CompletedAction);
        AddRoles(words, timeUnits, WordRole.TimeUnit);
    }

    /// <summary>Adds a role to complaint cues already in the vocabulary, words or phrases alike.</summary>
    private static void AddCueRoles(Dictionary<string, LexiconEntry> words, Dictionary<string, LexiconEntry> phrases, string[] cues, WordRole role)
    {
        foreach (var cue in cues)
        {
            var key = TextFolding.Fold(cue);
            var table = key.Contains(' ', StringComparison.Ordinal) ? phrases : words;
            if (!table.TryGetValue(key, out var entry) || (entry.Roles & WordRole.ComplaintCue) == 0)
            {
                throw new InvalidOperationException($"'{cue}' is not a complaint cue: only a cue can name a service thanked for.");
            }
            table[key] = entry with { Roles = entry.Roles | role };
        }
    }

    private static void AddBoosters(Dictionary<string, LexiconEntry> words, (string Word, float Boost)[] list)
    {
        foreach (var (word, boost) in list)
        {
            var key = TextFolding.Fold(word);
            words.TryGetValue(key, out var entry);
            words[key] = entry with { Boost = boost };
        }
    }

    /// <param name="role">Given to every word and phrase of the list (<see cref="WordRole.ComplaintCue"/> or none), also
    /// to a word that keeps its lexicon polarity ("delayed" stays VADER's -0.9 but is still a complaint cue).</param>
    private static void AddPhrases(Dictionary<string, LexiconEntry> words, Dictionary<string, LexiconEntry> phrases, (string Phrase, float Valence)[] list, WordRole role)
    {
        foreach (var (phrase, valence) in list)
        {
            var roles = role == WordRole.ComplaintCue && valence <= ComplaintCues.Firm ? role | WordRole.FirmComplaintCue : role;
            var key = TextFolding.Fold(phrase);
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                // Single-word cue: only fills a gap in the lexicon, never overrides it.
                words.TryGetValue(key, out var entry);
                if (entry.Valence == 0 && entry.Roles == WordRole.None && entry.Boost == 0)
                {
                    words[key] = entry with { Valence = valence, Roles = roles };
                }
                else if (entry.Valence <= 0 && (entry.Roles & WordRole.Negator) == 0)
                {
                    words[key] = entry with { Roles = entry.Roles | roles };
                }
                continue;
            }
            phrases.TryAdd(key, new LexiconEntry(valence, 0, roles));
            var first = key[..space];
            words.TryGetValue(first, out var head);
            words[first] = head with { Roles = head.Roles | WordRole.PhraseStart };
        }
    }

    /// <summary>A lexicon token made of letters (and apostrophes): a word, not an emoticon such as ":-)".</summary>
    private static bool IsWordLike(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetter(c) && c != '\'')
            {
                return false;
            }
        }
        return true;
    }
}
