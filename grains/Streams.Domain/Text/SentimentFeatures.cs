using System.Runtime.CompilerServices;

namespace Streams.Domain.Text;

/// <summary>
/// Turns a post into the sparse features of <see cref="SentimentModel"/>, without allocating: hashed folded words and
/// word pairs (words after a negator in the same clause hashed apart, so "not good" does not feed "good"), mentions
/// and links as placeholders, emoji and "!"/"?" as tokens, plus the lexicon score and a few counts as valued features.
/// Training and scoring share this one definition, so the model sees at run time exactly what it learned from.
/// </summary>
public static class SentimentFeatures
{
    /// <summary>Hash buckets: large enough that the few thousand features of the training sets rarely collide.</summary>
    public const int Buckets = 1 << 18;

    /// <summary>Features per post never exceed this multiple of its length plus <see cref="Fixed"/>.</summary>
    public const int PerChar = 2;

    public const int Fixed = 12;

    /// <summary>Longer words are cut to this many folded characters before hashing.</summary>
    public const int MaxWordLength = 24;
    private const int NegationReach = 4;
    private const uint UnigramSeed = 0x9E3779B9;
    private const uint NegatedSeed = 0x85EBCA6B;
    private const uint BigramSeed = 0xC2B2AE35;
    private const uint TokenSeed = 0x27D4EB2F;

    private static readonly string[] NegatorWords =
    [
        "not", "no", "never", "nothing", "nobody", "none", "cannot", "cant", "can't", "dont", "don't", "didnt", "didn't",
        "doesnt", "doesn't", "isnt", "isn't", "wasnt", "wasn't", "wont", "won't", "aint", "ain't", "havent", "haven't",
        "without", "pas", "jamais", "rien", "aucun", "aucune", "personne", "ni", "sans", "plus",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negators =
        new HashSet<string>(NegatorWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Every word of a post is tested for negation; the filter answers for nearly all of them from L1 (see WordFilter).
    private static readonly WordFilter NegatorFilter = new(NegatorWords);

    /// <summary>
    /// Writes the features of <paramref name="text"/> to <paramref name="indices"/>/<paramref name="values"/> (each at
    /// least <c>text.Length * PerChar + Fixed</c> long) and returns how many. <paramref name="lexiconScore"/> is the
    /// rule-based compound score as the words say it (<see cref="LexiconReading.LiteralCompound"/>).
    /// </summary>
    [SkipLocalsInit] // The word buffer is written before it is read.
    public static int Extract(ReadOnlySpan<char> text, Language language, double lexiconScore, Span<int> indices, Span<float> values)
    {
        var count = 0;
        var french = language == Language.French;
        Add(ref count, indices, values, french ? 1u : 2u, 1f); // A bias per language family.
        var lexicon = (float)lexiconScore;
        Add(ref count, indices, values, french ? 3u : 4u, lexicon);
        Add(ref count, indices, values, 5, lexicon * MathF.Abs(lexicon));
        Add(ref count, indices, values, lexicon <= -0.05f ? 6u : lexicon >= 0.05f ? 7u : 8u, 1f);

        var tokensFrom = count;
        Unsafe.SkipInit(out FeatureWordBuffer wordBuffer); // Written before read, like a stackalloc.
        Span<char> word = wordBuffer;
        uint previous = 0;
        var negatedFor = 0;
        var questions = 0;
        var exclamations = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var tokenStart = i == 0 || char.IsWhiteSpace(text[i - 1]);
            if (tokenStart && (c == '@' || SocialChunks.StartsLink(text[i..])))
            {
                var placeholder = c == '@' ? 11u : 12u;
                i = SocialChunks.End(text, i);
                Add(ref count, indices, values, Mix(TokenSeed, placeholder), 1f);
                previous = placeholder;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var length = 0;
                var run = 0;
                var last = '\0';
                for (; i < text.Length; i++)
                {
                    var w = text[i];
                    if (w is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !french)
                    {
                        w = '\'';
                    }
                    else if (!char.IsLetterOrDigit(w))
                    {
                        break;
                    }
                    var f = char.IsDigit(w) ? '0' : TextFolding.Fold(w);
                    run = f == last ? run + 1 : 1;
                    last = f;
                    if (run <= 2 && length < MaxWordLength)
                    {
                        word[length++] = f;
                    }
                }
                if (french && i < text.Length && text[i] is '\'' or '\u2019')
                {
                    i++; // "l'avion": the elided article is its own word.
                }
                var folded = word[..length];
                var hash = WordHash.Of(folded);
                var negated = negatedFor > 0;
                Add(ref count, indices, values, Mix(negated ? NegatedSeed : UnigramSeed, hash), 1f);
                Add(ref count, indices, values, Mix(BigramSeed ^ previous, hash), 1f);
                previous = hash;
                if (negatedFor > 0)
                {
                    negatedFor--;
                }
                if ((NegatorFilter.MayContain(hash) && Negators.Contains(folded)) || folded.EndsWith("n't"))
                {
                    negatedFor = NegationReach;
                }
                continue;
            }
            if (c >= '\u2000')
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                if (c is not ('\uFE0F' or '\u200D'))
                {
                    var hash = WordHash.Of(text.Slice(i, length));
                    Add(ref count, indices, values, Mix(TokenSeed, hash), 1f);
                    previous = hash;
                }
                i += length;
                continue;
            }
            switch (c)
            {
                case '!':
                    exclamations++;
                    negatedFor = 0;
                    break;
                case '?':
                    questions++;
                    negatedFor = 0;
                    break;
                case '.' or ',' or ';' or ':':
                    negatedFor = 0;
                    previous = 0;
                    break;
            }
            i++;
        }
        // Token features are scaled to unit length, so a long or repetitive post is not more extreme for it and
        // the lexicon features keep the same weight against the words at any length.
        if (count > tokensFrom)
        {
            var scale = 1f / MathF.Sqrt(count - tokensFrom);
            values[tokensFrom..count].MultiplyInPlace(scale);
        }
        if (questions > 0)
        {
            Add(ref count, indices, values, 9, 1f);
        }
        if (exclamations > 0)
        {
            Add(ref count, indices, values, 10, 1f);
        }
        return count;
    }

    private static void MultiplyInPlace(this Span<float> values, float scale)
    {
        foreach (ref var value in values)
        {
            value *= scale;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref int count, Span<int> indices, Span<float> values, uint hash, float value)
    {
        if (count < indices.Length)
        {
            indices[count] = (int)(hash & (Buckets - 1));
            values[count] = value;
            count++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint seed, uint value)
    {
        var h = value ^ seed;
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        h ^= h >> 16;
        return h | 16; // Keeps hashed features off the handful of fixed slots below 16.
    }
}
