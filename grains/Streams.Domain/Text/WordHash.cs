namespace Streams.Domain.Text;

/// <summary>
/// FNV-1a over the UTF-16 code units of a folded word: cheap (one multiply per character) and built up one
/// character at a time, so the hashes of every prefix of a word come out of one pass. That is what lets the
/// French stemmer test each stem it strips a suffix to against a <see cref="WordFilter"/> without hashing it again.
/// The sentiment model's hashed features use it too, so changing it means retraining the model.
/// </summary>
public static class WordHash
{
    public const uint Empty = 2166136261u;
    private const uint Prime = 16777619u;

    public static uint Of(ReadOnlySpan<char> word)
    {
        var hash = Empty;
        foreach (var c in word)
        {
            hash = Next(hash, c);
        }
        return hash;
    }

    /// <summary>
    /// Writes the hash of <c>word[..k]</c> to <c>prefixes[k]</c> for every k from 0 to the word's length
    /// (<paramref name="prefixes"/> must be at least one longer than the word) and returns the whole word's.
    /// </summary>
    public static uint OfPrefixes(ReadOnlySpan<char> word, Span<uint> prefixes)
    {
        var hash = Empty;
        prefixes[0] = hash;
        for (var i = 0; i < word.Length; i++)
        {
            hash = Next(hash, word[i]);
            prefixes[i + 1] = hash;
        }
        return hash;
    }

    public static uint Next(uint hash, char c) => (hash ^ c) * Prime;
}
