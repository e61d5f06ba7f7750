namespace Streams.Domain.Text;

/// <summary>
/// The folded words, phrases and (for French) stems of one language. Immutable after construction,
/// so one instance serves every grain concurrently; look-ups take spans and allocate nothing.
/// </summary>
internal sealed class LanguageVocabulary
{
    /// <summary>Words longer than this are not looked up (URLs without a scheme, hashes, keyboard mashing).</summary>
    public const int MaxWordLength = 40;

    /// <summary>Longest phrase in words, and the buffer its folded, space-joined form needs.</summary>
    public const int MaxPhraseWords = 3;
    public const int MaxPhraseChars = 96;

    private const int MinStemLength = 3;

    // Words up to this length hash their prefixes on the stack; the analyzer never passes longer ones.
    private const int StackPrefixes = 64;

    // Inflection and derivation endings, unaccented, shortest first so the longest stem wins.
    // Light on purpose: the stem table does the real work, these only get a word close enough to hit it.
    private static readonly string[][] FrenchSuffixesByLastLetter = ByLastLetter(
    [
        "s", "x", "e", "i", "u", "es", "er", "ez", "ee", "is", "it", "us", "ue", "ie", "ir", "ai", "if",
        "ees", "ent", "ant", "ais", "ait", "ons", "eux", "ive", "ifs", "ite", "ues", "ies", "eur", "ons",
        "ante", "ants", "ions", "iez", "ment", "euse", "ives", "ites", "able", "ible", "ique", "isme", "iste",
        "tion", "eurs", "ance", "ence", "rice", "antes", "aient", "ement", "euses", "ables", "ibles", "iques",
        "ismes", "istes", "tions", "ation", "ances", "ences", "rices", "ements", "ations", "issement",
    ]);

    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> phrases;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> stems;
    private readonly bool hasStems;
    private readonly WordFilter wordFilter;
    private readonly WordFilter stemFilter;

    /// <summary>No word, phrase or stem: for text in a language with no lexicon, whose words must not be read as another's.</summary>
    public static LanguageVocabulary Empty { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), null, splitsElisions: false);

    public LanguageVocabulary(
        Dictionary<string, LexiconEntry> words,
        Dictionary<string, LexiconEntry> phrases,
        Dictionary<string, float>? stems,
        bool splitsElisions)
    {
        this.words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        this.phrases = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        this.stems = (stems ?? new Dictionary<string, float>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        hasStems = stems is not null;
        wordFilter = new WordFilter(words.Keys);
        stemFilter = new WordFilter(stems?.Keys ?? Enumerable.Empty<string>());
        SplitsElisions = splitsElisions;
    }

    /// <summary>French: "n'est" is two words, "n" and "est". English keeps "don't" whole.</summary>
    public bool SplitsElisions { get; }

    /// <summary>Looks up a folded word; default when the word is unknown.</summary>
    public LexiconEntry Find(ReadOnlySpan<char> folded)
    {
        if (!hasStems)
        {
            return wordFilter.MayContain(WordHash.Of(folded)) && words.TryGetValue(folded, out var known) ? known : default;
        }
        // Hashing the prefixes once gives the hash of every stem the suffix stripping can try.
        Span<uint> prefixes = folded.Length < StackPrefixes ? stackalloc uint[folded.Length + 1] : new uint[folded.Length + 1];
        var hash = WordHash.OfPrefixes(folded, prefixes);
        if (wordFilter.MayContain(hash) && words.TryGetValue(folded, out var entry))
        {
            if (entry.Valence == 0 && (entry.Roles & ~(WordRole.PhraseStart | WordRole.CareCues)) == 0 && entry.Boost == 0)
            {
                return entry with { Valence = FindStem(folded, prefixes) };
            }
            return entry;
        }
        return new LexiconEntry(FindStem(folded, prefixes), 0, WordRole.None);
    }

    /// <summary>True when the word is known in any way (polarity, role or stem).</summary>
    public bool Knows(ReadOnlySpan<char> folded)
    {
        if (!hasStems)
        {
            return wordFilter.MayContain(WordHash.Of(folded)) && words.ContainsKey(folded);
        }
        Span<uint> prefixes = folded.Length < StackPrefixes ? stackalloc uint[folded.Length + 1] : new uint[folded.Length + 1];
        var hash = WordHash.OfPrefixes(folded, prefixes);
        return (wordFilter.MayContain(hash) && words.ContainsKey(folded)) || FindStem(folded, prefixes) != 0;
    }

    /// <summary>A phrase's valence, and <see cref="WordRole.ComplaintCue"/> when it is one.</summary>
    public bool TryFindPhrase(ReadOnlySpan<char> foldedJoined, out LexiconEntry phrase) =>
        phrases.TryGetValue(foldedJoined, out phrase);

    /// <param name="prefixes">The hash of <c>folded[..k]</c> at index k (<see cref="WordHash.OfPrefixes"/>).</param>
    private float FindStem(ReadOnlySpan<char> folded, ReadOnlySpan<uint> prefixes)
    {
        if (folded.IsEmpty)
        {
            return 0;
        }
        if (stemFilter.MayContain(prefixes[folded.Length]) && stems.TryGetValue(folded, out var valence))
        {
            return valence;
        }
        var last = folded[^1];
        if (last is < 'a' or > 'z')
        {
            return 0;
        }
        foreach (var suffix in FrenchSuffixesByLastLetter[last - 'a'])
        {
            var stemLength = folded.Length - suffix.Length;
            if (stemLength >= MinStemLength && folded.EndsWith(suffix, StringComparison.Ordinal)
                && stemFilter.MayContain(prefixes[stemLength]) && stems.TryGetValue(folded[..stemLength], out valence))
            {
                return valence;
            }
        }
        return 0;
    }

    /// <summary>Suffixes grouped by final letter, shortest first, so a word only tries the few that can match.</summary>
    private static string[][] ByLastLetter(string[] suffixes)
    {
        var distinct = new HashSet<string>(suffixes, StringComparer.Ordinal).ToArray();
        Array.Sort(distinct, static (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        var groups = new string[26][];
        for (var letter = 'a'; letter <= 'z'; letter++)
        {
            groups[letter - 'a'] = Array.FindAll(distinct, suffix => suffix[^1] == letter);
        }
        return groups;
    }
}
