using System.Buffers;
using System.Runtime.CompilerServices;

namespace Streams.Domain.Text;

/// <summary>
/// Sentiment for short social posts in English and French, in three layers. The lexicon reads the words in the
/// manner of VADER: word polarities adjusted for negation, intensifiers, contrast, ALL-CAPS, elongation and
/// exclamation marks, plus the care register (<see cref="CareRules"/>), summed and squashed into [-1, 1]. The trained
/// <see cref="SentimentModel"/> decides on top of it, from the words and the lexicon's score. The guards
/// (<see cref="SentimentGuards"/>) then hold the model to the few things the rules establish more surely than 3,678
/// training tweets can teach it. About a microsecond a post, without allocating; immutable after construction, so one
/// instance is safe to share across every grain.
/// </summary>
public sealed class SentimentAnalyzer
{
    // Posts up to this length are scored entirely on the stack; longer ones rent pooled buffers.
    private const int StackChars = 512;
    private const int StackTokens = 256;

    private static readonly Lazy<SentimentAnalyzer> SharedInstance =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LanguageVocabulary english;
    private readonly LanguageVocabulary french;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> symbols;
    private readonly SentimentModel? model;

    private SentimentAnalyzer(LanguageVocabulary english, LanguageVocabulary french, Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> symbols, SentimentModel? model)
    {
        this.english = english;
        this.french = french;
        this.symbols = symbols;
        this.model = model;
    }

    /// <summary>The trained model on top of the lexicon, or null when scores are the lexicon's alone.</summary>
    public SentimentModel? Model => model;

    /// <summary>The process-wide analyzer; lexicons are read from embedded resources on first use.</summary>
    public static SentimentAnalyzer Shared => SharedInstance.Value;

    /// <summary>Builds a new analyzer from the embedded lexicons (tens of milliseconds; prefer <see cref="Shared"/>).</summary>
    public static SentimentAnalyzer LoadEmbedded()
    {
        var vader = LexiconResources.ReadVader();
        var englishVocabulary = VocabularyFactory.BuildEnglish(vader);
        var frenchVocabulary = VocabularyFactory.BuildFrench(LexiconResources.ReadFrenchStems());
        var symbolTable = VocabularyFactory.BuildSymbols(vader, LexiconResources.ReadEmoji(), englishVocabulary);
        return new SentimentAnalyzer(englishVocabulary, frenchVocabulary, symbolTable.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconResources.ReadSentimentModel());
    }

    /// <summary>The same lexicons with another model (null: lexicon only); for training and evaluation.</summary>
    public SentimentAnalyzer WithModel(SentimentModel? other) => new(english, french, symbols, other);

    /// <summary>
    /// Sentiment in [-1, 1]: at or below -0.05 negative, at or above 0.05 positive, in between neutral. With a model,
    /// the most probable class decides the side of those thresholds and P(positive) - P(negative) the magnitude, so
    /// the thresholds keep their meaning for every caller. Allocation-free for posts of normal length.
    /// </summary>
    public double Score(ReadOnlySpan<char> text, Language language) => Score(text, language, out _);

    /// <summary><see cref="Score(ReadOnlySpan{char}, Language)"/>, with the cues that held the model (or the lexicon's, without one).</summary>
    public double Score(ReadOnlySpan<char> text, Language language, out SentimentCues cues)
    {
        if (TryPredictModel(text, language, out var probabilities, out cues))
        {
            return SentimentGuards.Apply(probabilities, cues).ToScore();
        }
        var reading = ReadLexicon(text, language);
        cues = reading.Cues;
        return reading.Compound;
    }

    /// <summary>
    /// The class probabilities of a post, held to what the lexicon's rules establish (<see cref="SentimentGuards"/>):
    /// what <see cref="Score"/> decides on; turn them into a score with <see cref="SentimentProbabilities.ToScore"/>.
    /// False, with nothing computed, when there is no model, no text, or the post is in another language than the
    /// model's (<see cref="Language.Other"/>): then <see cref="Score"/> is the lexicon's. Allocation-free like
    /// <see cref="Score"/>.
    /// </summary>
    public bool TryPredict(ReadOnlySpan<char> text, Language language, out SentimentProbabilities probabilities)
    {
        if (!TryPredictModel(text, language, out var model, out var cues))
        {
            probabilities = default;
            return false;
        }
        probabilities = SentimentGuards.Apply(model, cues);
        return true;
    }

    /// <summary>
    /// The model's own calibrated probabilities, before the guards, and the cues that guard them: for callers that
    /// adjust the probabilities first (<see cref="BrandSentimentPriors"/> estimates and re-weights class priors, which
    /// needs the model's calibration intact) and apply <see cref="SentimentGuards"/> last. False as for
    /// <see cref="TryPredict"/>.
    /// </summary>
    public bool TryPredictModel(ReadOnlySpan<char> text, Language language, out SentimentProbabilities probabilities, out SentimentCues cues)
    {
        if (model is null || text.IsEmpty || language == Language.Other)
        {
            probabilities = default;
            cues = SentimentCues.None;
            return false;
        }
        var reading = ReadLexicon(text, language);
        probabilities = model.Predict(text, language, reading.LiteralCompound);
        cues = reading.Cues;
        return true;
    }

    /// <summary>
    /// The rule-based compound sentiment alone, in [-1, 1]: below about -0.05 negative, above about 0.05 positive.
    /// French uses the French lexicon; English and Unknown the English one; Other no words at all. Emoji and
    /// emoticons count in every language. Also a feature of the model.
    /// </summary>
    public double LexiconScore(ReadOnlySpan<char> text, Language language) => ReadLexicon(text, language).Compound;

    /// <summary>
    /// <see cref="LexiconScore"/> with the cues its rules found (<see cref="SentimentCues"/>), which hold the model's
    /// probabilities in <see cref="TryPredict"/>. Allocation-free for posts of normal length.
    /// </summary>
    [SkipLocalsInit] // Every stackalloc below is written before it is read.
    public LexiconReading ReadLexicon(ReadOnlySpan<char> text, Language language)
    {
        if (text.IsEmpty)
        {
            return default;
        }
        var vocabulary = language switch
        {
            Language.French => french,
            // A language with no lexicon here: its words score nothing (an English lexicon reads German "die" as a
            // complaint and Spanish "no" as a negation), so only emoji, emoticons, caps and "!" speak.
            Language.Other => LanguageVocabulary.Empty,
            _ => english,
        };
        char[]? rentedChars = null;
        ScoredToken[]? rentedTokens = null;
        // Sized to the post, not to the limit: stack memory is zeroed on every call.
        var folded = text.Length <= StackChars
            ? stackalloc char[text.Length]
            : (rentedChars = ArrayPool<char>.Shared.Rent(text.Length));
        var tokens = text.Length <= StackTokens
            ? stackalloc ScoredToken[text.Length]
            : (rentedTokens = ArrayPool<ScoredToken>.Shared.Rent(text.Length));
        try
        {
            var stats = Tokenize(text, vocabulary, folded, tokens, out var count);
            tokens = tokens[..count];
            ResolveFrenchNegators(tokens);
            MatchPhrases(tokens, folded, vocabulary);
            CareRules.MarkThanked(tokens);
            return Combine(tokens, stats);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
            if (rentedTokens is not null)
            {
                ArrayPool<ScoredToken>.Shared.Return(rentedTokens);
            }
        }
    }

    private TextStats Tokenize(ReadOnlySpan<char> text, LanguageVocabulary vocabulary, Span<char> folded, Span<ScoredToken> tokens, out int count)
    {
        var stats = default(TextStats);
        count = 0;
        var foldPosition = 0;
        var clause = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (i == 0 || char.IsWhiteSpace(text[i - 1]))
            {
                // Mentions, links and emoticons are whole chunks up to the next space. Only they need the chunk's
                // end: an ordinary word is read once, by ReadWord, not scanned twice.
                if (c == '@' || SocialChunks.StartsLink(text[i..]))
                {
                    i = SocialChunks.End(text, i);
                    continue;
                }
                if (c is '/' or '#' && SocialChunks.End(text, i) is var chunkEnd && IsSarcasmMarker(text[i..chunkEnd]))
                {
                    stats.Sarcastic = true;
                    i = chunkEnd;
                    continue;
                }
                if (!char.IsLetterOrDigit(c) && c != '#')
                {
                    var end = SocialChunks.End(text, i);
                    if (end - i <= 6 && TryEmoticon(text[i..end], out var emoticon))
                    {
                        tokens[count++] = new ScoredToken { Valence = emoticon, Clause = clause };
                        i = end;
                        continue;
                    }
                }
            }
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, vocabulary, folded, ref foldPosition, ref tokens[count], ref stats);
                tokens[count].Clause = clause;
                if (tokens[count].FoldLength > 0)
                {
                    count++;
                }
                continue;
            }
            if (c >= '\u2000')
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                if (symbols.TryGetValue(text.Slice(i, length), out var valence))
                {
                    tokens[count++] = new ScoredToken { Valence = valence, Clause = clause };
                }
                i += length;
                continue;
            }
            switch (c)
            {
                case '!':
                    stats.Exclamations++;
                    clause++;
                    break;
                case '?':
                    stats.Questions++;
                    clause++;
                    break;
                case '.' or ',' or ';' or ':' or '(' or ')' or '"':
                    clause++;
                    break;
            }
            i++;
        }
        return stats;
    }

    /// <summary>Reads one word starting at <paramref name="start"/>, folds it into the buffer and looks it up; returns where the next token starts.</summary>
    private static int ReadWord(ReadOnlySpan<char> text, int start, LanguageVocabulary vocabulary, Span<char> folded, ref int foldPosition, ref ScoredToken token, ref TextStats stats)
    {
        var foldStart = foldPosition;
        var letters = 0;
        var lowerCase = 0;
        var run = 0;
        var previous = '\0';
        ulong truncatedRuns = 0; // Bit p: the run ending at folded position p was longer than two.
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '\u2019')
            {
                var joins = i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start;
                if (!joins)
                {
                    break;
                }
                if (vocabulary.SplitsElisions)
                {
                    i++; // "n'est": the apostrophe ends "n" and is consumed.
                    break;
                }
                if (foldPosition - foldStart < LanguageVocabulary.MaxWordLength)
                {
                    folded[foldPosition++] = '\'';
                }
                previous = '\'';
                run = 1;
                continue;
            }
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    lowerCase++;
                }
            }
            else if (!char.IsDigit(c))
            {
                if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    continue; // A combining accent typed separately: folding drops it anyway.
                }
                break;
            }
            var f = TextFolding.Fold(c);
            run = f == previous ? run + 1 : 1;
            previous = f;
            if (run > 2 && char.IsLetter(c))
            {
                var last = foldPosition - foldStart - 1;
                if (last is >= 0 and < 64)
                {
                    truncatedRuns |= 1UL << last;
                }
                continue;
            }
            if (foldPosition - foldStart < LanguageVocabulary.MaxWordLength)
            {
                folded[foldPosition++] = f;
            }
        }

        var length = foldPosition - foldStart;
        var tooLong = i - start > LanguageVocabulary.MaxWordLength;
        token = default;
        if (length == 0)
        {
            return i;
        }
        stats.Words++;
        var allCaps = letters >= 2 && lowerCase == 0;
        if (allCaps)
        {
            stats.CapsWords++;
        }
        var word = folded.Slice(foldStart, length);
        var elongated = truncatedRuns != 0;
        if (elongated && !tooLong && !vocabulary.Knows(word))
        {
            // "soooo" folds to "soo" first; when that is no word, try each stretched run as one letter ("so").
            var shortened = 0;
            for (var p = 0; p < length; p++)
            {
                if ((truncatedRuns & (1UL << p)) == 0)
                {
                    word[shortened++] = word[p];
                }
            }
            length = shortened;
            foldPosition = foldStart + length;
            word = folded.Slice(foldStart, length);
        }
        var entry = tooLong ? default : vocabulary.Find(word);
        var roles = entry.Roles;
        if (!vocabulary.SplitsElisions && word.EndsWith("n't", StringComparison.Ordinal))
        {
            roles |= WordRole.Negator;
        }
        token = new ScoredToken
        {
            FoldStart = foldStart,
            FoldLength = length,
            Valence = entry.Valence,
            Boost = entry.Boost,
            Roles = roles,
            AllCaps = allCaps,
            Elongated = elongated,
            Numeric = letters == 0,
            Gerund = !vocabulary.SplitsElisions && length >= 5 && word.EndsWith("ing", StringComparison.Ordinal),
        };
        return i;
    }

    /// <summary>French "plus"/"personne" negate only after a "ne"/"n'" in the same clause ("je n'en veux plus").</summary>
    private static void ResolveFrenchNegators(Span<ScoredToken> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Roles & WordRole.NegatorAfterNe) == 0)
            {
                continue;
            }
            for (var j = i - 1; j >= 0 && j >= i - SentimentRules.Window && tokens[j].Clause == tokens[i].Clause; j--)
            {
                if ((tokens[j].Roles & WordRole.NeParticle) != 0)
                {
                    tokens[i].Roles |= WordRole.Negator;
                    break;
                }
            }
        }
    }

    /// <summary>Idioms and complaint cues spanning two or three words replace the polarity of the words they cover.</summary>
    [SkipLocalsInit]
    private static void MatchPhrases(Span<ScoredToken> tokens, ReadOnlySpan<char> folded, LanguageVocabulary vocabulary)
    {
        Unsafe.SkipInit(out PhraseBuffer buffer); // Written before read, like a stackalloc.
        Span<char> joined = buffer;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Roles & WordRole.PhraseStart) == 0)
            {
                continue;
            }
            for (var words = LanguageVocabulary.MaxPhraseWords; words >= 2; words--)
            {
                if (i + words > tokens.Length || !TryJoin(tokens.Slice(i, words), folded, joined, out var length)
                    || !vocabulary.TryFindPhrase(joined[..length], out var phrase))
                {
                    continue;
                }
                var emphasised = tokens[i].AllCaps;
                var negatedCriticism = phrase.Valence > 0 && (tokens[i].Roles & WordRole.Negator) != 0;
                for (var k = i; k < i + words; k++)
                {
                    tokens[k].Valence = 0;
                    tokens[k].Boost = 0;
                    tokens[k].Roles = WordRole.None;
                    tokens[k].InPhrase = true;
                }
                tokens[i].Valence = phrase.Valence;
                tokens[i].Roles = phrase.Roles;
                tokens[i].AllCaps = emphasised;
                tokens[i].NegatedCriticism = negatedCriticism;
                i += words - 1;
                break;
            }
        }
    }

    private static bool TryJoin(ReadOnlySpan<ScoredToken> words, ReadOnlySpan<char> folded, Span<char> joined, out int length)
    {
        length = 0;
        foreach (ref readonly var word in words)
        {
            if (word.FoldLength == 0 || word.Clause != words[0].Clause || length + word.FoldLength + 1 > joined.Length)
            {
                return false;
            }
            if (length > 0)
            {
                joined[length++] = ' ';
            }
            folded.Slice(word.FoldStart, word.FoldLength).CopyTo(joined[length..]);
            length += word.FoldLength;
        }
        return true;
    }

    private static LexiconReading Combine(ReadOnlySpan<ScoredToken> tokens, TextStats stats)
    {
        // Caps only signal emphasis when the rest of the post is not shouting too.
        var mixedCase = stats.CapsWords > 0 && stats.CapsWords < stats.Words;
        var contrastAt = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Roles & WordRole.Contrast) != 0)
            {
                contrastAt = i;
                break;
            }
        }

        var sum = 0f;
        var courtesy = 0f;
        var praise = 0f;
        var problem = false;
        var complaint = false;
        var firmComplaint = false;
        var negatedCriticism = false;
        var request = stats.Questions > 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            request |= (token.Roles & WordRole.Request) != 0 && !token.Thanked; // "thanks for the help" asks nothing.
            var valence = token.Valence;
            if (valence <= 0 && (token.Roles & (WordRole.ServiceAction | WordRole.TimeUnit)) != 0 && CareRules.Cue(tokens, i) is var cue and < 0)
            {
                // A care cue already says what its negation means ("never refunded" is no praise): never flip it again.
                valence = cue;
                token.InPhrase = true;
                complaint = true;
                firmComplaint |= cue <= ComplaintCues.Firm;
            }
            else if (valence < 0 && CareRules.IsResolved(tokens, i))
            {
                valence = 0; // "the refund arrived", "thanks for the refund": the topic of a complaint, resolved.
            }
            if (valence == 0)
            {
                continue;
            }
            var sign = MathF.Sign(valence);
            if (mixedCase && token.AllCaps)
            {
                valence += sign * SentimentRules.CapsBoost;
            }
            if (token.Elongated)
            {
                valence += sign * SentimentRules.ElongationBoost;
            }
            var negated = false;
            for (var distance = 1; distance <= SentimentRules.Window && i - distance >= 0; distance++)
            {
                var before = tokens[i - distance];
                if (before.Clause != token.Clause)
                {
                    break;
                }
                if (before.Boost != 0)
                {
                    var boost = before.Boost;
                    if (mixedCase && before.AllCaps)
                    {
                        boost += MathF.Sign(boost) * SentimentRules.CapsBoost;
                    }
                    valence += sign * boost * (1f - 0.05f * (distance - 1));
                }
                if ((before.Roles & WordRole.Negator) != 0)
                {
                    negated = true;
                }
            }
            if (negated && !token.InPhrase)
            {
                valence *= SentimentRules.NegationScalar;
            }
            if (contrastAt >= 0)
            {
                valence *= i < contrastAt ? SentimentRules.BeforeContrast : SentimentRules.AfterContrast;
            }
            if (valence > 0 && (token.Roles & WordRole.Courtesy) != 0)
            {
                courtesy += valence;
                continue;
            }
            if (valence > 0)
            {
                praise += valence;
                negatedCriticism |= token.NegatedCriticism;
                continue;
            }
            problem = true;
            // A service named ("customer service", "refund") is a cue, but praise of it is no irony: "customer service is amazing".
            if ((token.Roles & (WordRole.ComplaintCue | WordRole.ServiceTopic)) == WordRole.ComplaintCue)
            {
                complaint = true;
                firmComplaint |= (token.Roles & WordRole.FirmComplaintCue) != 0;
            }
            sum += valence;
        }
        // A sarcasm marker says the praise and the thanks mean their opposite.
        var meant = sum - praise - courtesy;
        // A care complaint stated plainly beside praise, with no "but" to weigh them, is mostly irony ("great, another
        // delay"): the praise counts for less. With a contrast word the contrast rule above has already weighed them.
        sum += complaint && contrastAt < 0 ? praise * SentimentRules.IronyDiscount : praise;
        if (!problem && !request)
        {
            sum += courtesy; // Thanks are praise only where nothing went wrong and nothing is asked (see CareRegister).
        }
        var literal = Normalise(sum, stats);
        var cues = SentimentCues.None;
        if (stats.Sarcastic)
        {
            cues |= SentimentCues.SarcasmMarker;
        }
        else if (negatedCriticism && !problem)
        {
            cues |= SentimentCues.NegatedCriticism;
        }
        else if (stats.Questions > 0 && !problem && !complaint && praise == 0 && courtesy == 0)
        {
            cues |= SentimentCues.PlainQuestion;
        }
        if (firmComplaint && contrastAt < 0 && praise > 0)
        {
            cues |= SentimentCues.IronicPraise;
        }
        else if (firmComplaint && praise == 0 && courtesy == 0 && stats.Questions == 0)
        {
            cues |= SentimentCues.PlainComplaint;
        }
        return new LexiconReading(stats.Sarcastic ? Normalise(meant, stats) : literal, literal, cues);
    }

    /// <summary>Adds the emphasis of "!" and repeated "?" to a valence sum and squashes it into [-1, 1].</summary>
    private static double Normalise(float sum, TextStats stats)
    {
        if (sum != 0)
        {
            var emphasis = Math.Min(stats.Exclamations, SentimentRules.MaxExclamations) * SentimentRules.ExclamationBoost;
            if (stats.Questions > 1)
            {
                emphasis += Math.Min(stats.Questions * SentimentRules.QuestionBoost, SentimentRules.MaxQuestionBoost);
            }
            sum += MathF.Sign(sum) * emphasis;
        }
        var compound = sum / Math.Sqrt((double)sum * sum + SentimentRules.NormalisationAlpha);
        return Math.Clamp(compound, -1, 1);
    }

    /// <summary>"/s" (the forums' and Reddit's end-of-post sarcasm tag) or a #sarcasm / #sarcastic hashtag, as a chunk of its own.</summary>
    private static bool IsSarcasmMarker(ReadOnlySpan<char> chunk) =>
        chunk.Equals("/s", StringComparison.OrdinalIgnoreCase)
        || chunk.Equals("#sarcasm", StringComparison.OrdinalIgnoreCase)
        || chunk.Equals("#sarcastic", StringComparison.OrdinalIgnoreCase);

    private bool TryEmoticon(ReadOnlySpan<char> chunk, out float valence)
    {
        Span<char> key = stackalloc char[6];
        for (var i = 0; i < chunk.Length; i++)
        {
            key[i] = TextFolding.Fold(chunk[i]);
        }
        return symbols.TryGetValue(key[..chunk.Length], out valence);
    }
}
