using System.Globalization;
using Streams.Domain.Text;

namespace Streams.Domain.Matching;

/// <summary>
/// The one definition of "word" shared by brand registration and matching, so a name folds the same way
/// on both sides: folded with <see cref="TextFolding"/>, letters and digits kept, everything else a separator.
/// </summary>
internal static class MatchText
{
    public const char Separator = ' ';

    // ASCII covers most of every post; a table avoids the Unicode category lookup for it.
    private static readonly char[] AsciiWordChars = BuildAsciiTable();

    /// <summary>
    /// Writes the folded text to <paramref name="destination"/> (at least as long as <paramref name="text"/>):
    /// word characters folded, every other character replaced by <see cref="Separator"/>, and combining accents
    /// dropped so decomposed "e\u0301" reads like "é". Returns the number of characters written.
    /// </summary>
    public static int FoldWords(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        foreach (var c in text)
        {
            if (c < 128)
            {
                destination[written++] = AsciiWordChars[c];
                continue;
            }
            if (IsCombiningMark(c))
            {
                continue;
            }
            var folded = TextFolding.Fold(c);
            destination[written++] = char.IsLetterOrDigit(folded) ? folded : Separator;
        }
        return written;
    }

    /// <summary>Folds and keeps only word characters: the form of a hashtag body or of a name written as one word.</summary>
    public static int FoldCompact(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = FoldWords(text, destination);
        var kept = 0;
        for (var i = 0; i < written; i++)
        {
            if (destination[i] != Separator)
            {
                destination[kept++] = destination[i];
            }
        }
        return kept;
    }

    /// <summary>The folded words of a name or alias (allocates; compile time only).</summary>
    public static string[] Words(string phrase)
    {
        var buffer = new char[phrase.Length];
        var length = FoldWords(phrase, buffer);
        return new string(buffer, 0, length).Split(Separator, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Characters of a handle: ASCII letters, digits, '_' and '.'.</summary>
    public static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.';

    /// <summary>Characters of a hashtag body: any letter or digit, '_', and combining accents.</summary>
    public static bool IsHashtagChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c) || IsCombiningMark(c);

    /// <summary>'@' and '#' only start a mention or hashtag after a non-word character, so "C#" and "a@b.com" do not.</summary>
    public static bool CanPrecedeMarker(char c) => c != '_' && !char.IsLetterOrDigit(c);

    /// <summary>
    /// Finds the next word of text folded by <see cref="FoldWords"/> (words separated by runs of
    /// <see cref="Separator"/>) at or after <paramref name="position"/>, and moves
    /// <paramref name="position"/> just past it; false when there is none left.
    /// </summary>
    public static bool NextWord(ReadOnlySpan<char> folded, scoped ref int position, out ReadOnlySpan<char> word)
    {
        while (position < folded.Length && folded[position] == Separator)
        {
            position++;
        }
        var start = position;
        while (position < folded.Length && folded[position] != Separator)
        {
            position++;
        }
        word = folded[start..position];
        return position > start;
    }

    /// <summary>True when the words of folded text from <paramref name="position"/> on are exactly <paramref name="words"/> (a phrase's continuation).</summary>
    public static bool FollowsAt(ReadOnlySpan<char> folded, int position, string[] words)
    {
        foreach (var word in words)
        {
            if (!NextWord(folded, ref position, out var next) || !next.SequenceEqual(word))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Finds the next @mention or #hashtag at or after <paramref name="position"/>: a '@' or '#' not
    /// glued to a preceding word, followed by its handle or hashtag characters (<paramref name="body"/>,
    /// possibly empty). Moves <paramref name="position"/> past it; false when there is none left.
    /// </summary>
    public static bool NextMarker(ReadOnlySpan<char> text, scoped ref int position, out bool isHandle, out ReadOnlySpan<char> body)
    {
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAny('@', '#');
            if (found < 0)
            {
                break;
            }
            var marker = position + found;
            position = marker + 1;
            if (marker > 0 && !CanPrecedeMarker(text[marker - 1]))
            {
                continue;
            }
            isHandle = text[marker] == '@';
            var rest = text[position..];
            var length = 0;
            while (length < rest.Length && (isHandle ? IsHandleChar(rest[length]) : IsHashtagChar(rest[length])))
            {
                length++;
            }
            position += length;
            body = rest[..length];
            return true;
        }
        position = text.Length;
        isHandle = false;
        body = default;
        return false;
    }

    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static char[] BuildAsciiTable()
    {
        var table = new char[128];
        for (var c = (char)0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit(c) ? TextFolding.Fold(c) : Separator;
        }
        return table;
    }
}
