using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;

namespace Streams.Domain.Matching;

/// <summary>
/// Decides which registered brands a post is about, and whether an author is one of a brand's own accounts.
/// Compiled once from the brand list; immutable afterwards, so any number of threads may call it at once.
/// </summary>
/// <remarks>
/// <para>A brand matches a text when the text contains any of:</para>
/// <list type="number">
/// <item>An @mention of one of its handles: '@' followed by <c>[A-Za-z0-9_.]+</c>, compared case-insensitively and
/// whole: "@AirFranceFR," matches AirFranceFR, "@AirFranceFRx" does not. Trailing dots are ignored when the token
/// with them matches nothing ("@AirFranceFR." at the end of a sentence). The '@' must not follow a letter, digit or '_'
/// (so e-mail addresses are not mentions). Handles of every platform count here.</item>
/// <item>Its name or one of its aliases as whole words, case- and accent-insensitive (folded with
/// <see cref="Text.TextFolding"/>): "Société Générale" matches "societe generale" and "SOCIÉTÉ GÉNÉRALE". Words are runs
/// of letters and digits; anything else separates them, so a multi-word name also matches "air-france" or "Air  France",
/// "Orange's" matches Orange and "orangeade" does not. A consequence worth knowing: "AT&amp;T" is the words "at t".</item>
/// <item>A hashtag ('#' + letters, digits or '_', not after a word character) equal, once folded and with '_' removed,
/// to a name or alias written as one word ("#AirFrance", "#air_france" match "Air France"), or equal to one of its
/// handles ("#AirFranceFR"). Single-word names already match through rule 2 ("#Orange").</item>
/// </list>
/// <para>Ids are appended once each, in brand registration order (the order given to <see cref="Compile"/>), whatever
/// the order of the mentions in the text.</para>
/// <para>Names, aliases or handles with nothing to match (no letter or digit; handles with other characters than
/// <c>[A-Za-z0-9_.]</c>) are ignored here; <see cref="BrandConfigValidator"/> refuses them at registration.</para>
/// </remarks>
public sealed class BrandMatcher
{
    // Above this many characters the folding buffer comes from the pool rather than the stack.
    private const int StackFoldLimit = 512;
    private const int StackHitWords = 64;
    private const int MaxHashtagLength = 256;

    private readonly string[] _brandIds;
    private readonly FrozenDictionary<string, BrandPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _phrasesByFirstWord;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _hashtags;
    private readonly FrozenDictionary<string, HandleOwner[]>.AlternateLookup<ReadOnlySpan<char>> _handles;
    private readonly int _minFirstWordLength;
    private readonly int _maxFirstWordLength;
    private readonly int _maxHashtagKeyLength;
    private readonly int _maxHandleLength;

    private BrandMatcher(
        string[] brandIds,
        FrozenDictionary<string, BrandPhrase[]> phrasesByFirstWord,
        FrozenDictionary<string, int[]> hashtags,
        FrozenDictionary<string, HandleOwner[]> handles)
    {
        _brandIds = brandIds;
        _phrasesByFirstWord = phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _hashtags = hashtags.GetAlternateLookup<ReadOnlySpan<char>>();
        _handles = handles.GetAlternateLookup<ReadOnlySpan<char>>();
        _minFirstWordLength = phrasesByFirstWord.Count == 0 ? int.MaxValue : phrasesByFirstWord.Keys.Min(k => k.Length);
        _maxFirstWordLength = phrasesByFirstWord.Count == 0 ? 0 : phrasesByFirstWord.Keys.Max(k => k.Length);
        _maxHashtagKeyLength = hashtags.Count == 0 ? 0 : hashtags.Keys.Max(k => k.Length);
        _maxHandleLength = handles.Count == 0 ? 0 : handles.Keys.Max(k => k.Length);
    }

    /// <summary>How many brands were compiled.</summary>
    public int BrandCount => _brandIds.Length;

    /// <summary>Builds a matcher. Brand ids must be unique (ordinal); a repeated id is a programming error and throws.</summary>
    public static BrandMatcher Compile(IEnumerable<BrandConfig> brands)
    {
        ArgumentNullException.ThrowIfNull(brands);
        var ids = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<BrandPhrase>>(StringComparer.Ordinal);
        var hashtags = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var handles = new Dictionary<string, List<HandleOwner>>(StringComparer.OrdinalIgnoreCase);

        foreach (var brand in brands)
        {
            ArgumentNullException.ThrowIfNull(brand);
            if (!seenIds.Add(brand.Id))
            {
                throw new ArgumentException($"Brand id '{brand.Id}' is registered twice.", nameof(brands));
            }
            var index = ids.Count;
            ids.Add(brand.Id);

            var seenPhrases = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in (IEnumerable<string?>)[brand.Name, .. brand.Aliases ?? []])
            {
                if (string.IsNullOrWhiteSpace(term))
                {
                    continue;
                }
                var words = MatchText.Words(term);
                if (words.Length == 0 || !seenPhrases.Add(string.Join(MatchText.Separator, words)))
                {
                    continue;
                }
                GetOrAdd(phrases, words[0]).Add(new BrandPhrase(index, words[1..]));
                var hashtagIndices = GetOrAdd(hashtags, string.Concat(words));
                if (!hashtagIndices.Contains(index))
                {
                    hashtagIndices.Add(index);
                }
            }

            foreach (var handle in brand.Handles ?? [])
            {
                var name = NormaliseHandle(handle?.Handle);
                if (name is null)
                {
                    continue;
                }
                var owners = GetOrAdd(handles, name);
                var owner = new HandleOwner(handle!.Platform, index);
                if (!owners.Contains(owner))
                {
                    owners.Add(owner);
                }
            }
        }

        return new BrandMatcher(
            [.. ids],
            phrases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            hashtags.ToFrozenDictionary(h => h.Key, h => h.Value.ToArray(), StringComparer.Ordinal),
            handles.ToFrozenDictionary(h => h.Key, h => h.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Appends to <paramref name="brandIds"/> the id of every brand <paramref name="text"/> is about, each once, in
    /// registration order. Ids already in the list are not looked at. Allocates nothing beyond the list's own growth.
    /// </summary>
    public void Match(ReadOnlySpan<char> text, List<string> brandIds)
    {
        ArgumentNullException.ThrowIfNull(brandIds);
        if (text.IsEmpty || _brandIds.Length == 0)
        {
            return;
        }

        var hitWords = (_brandIds.Length + 63) >> 6;
        ulong[]? rentedHits = null;
        var hitBits = hitWords <= StackHitWords
            ? stackalloc ulong[StackHitWords]
            : (rentedHits = ArrayPool<ulong>.Shared.Rent(hitWords));
        hitBits = hitBits[..hitWords];
        hitBits.Clear();
        var hits = new BrandHitSet(hitBits);

        char[]? rentedText = null;
        var folded = text.Length <= StackFoldLimit
            ? stackalloc char[StackFoldLimit]
            : (rentedText = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            MatchMarkers(text, ref hits);
            var length = MatchText.FoldWords(text, folded);
            MatchWords(folded[..length], ref hits);
            hits.AppendTo(_brandIds, brandIds);
        }
        finally
        {
            if (rentedText is not null)
            {
                ArrayPool<char>.Shared.Return(rentedText);
            }
            if (rentedHits is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedHits);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="handle"/> (case-insensitive, leading '@' ignored) is one of a brand's own accounts on
    /// <paramref name="platform"/>. A handle registered for that platform wins over one registered for every platform
    /// (<see cref="Platform.Unknown"/>). When the event's platform is unknown (reposts and likes may not say), a handle
    /// registered for any platform counts. Between brands claiming the same handle, the first registered wins.
    /// </summary>
    public bool TryGetOwner(Platform platform, string? handle, [NotNullWhen(true)] out string? brandId)
    {
        brandId = null;
        if (string.IsNullOrEmpty(handle))
        {
            return false;
        }
        var name = handle.AsSpan();
        if (name[0] == '@')
        {
            name = name[1..];
        }
        if (name.IsEmpty || !_handles.TryGetValue(name, out var owners))
        {
            return false;
        }
        var everyPlatform = -1;
        var anyPlatform = -1;
        foreach (var owner in owners)
        {
            if (owner.Platform == platform && platform != Platform.Unknown)
            {
                brandId = _brandIds[owner.BrandIndex];
                return true;
            }
            if (owner.Platform == Platform.Unknown && everyPlatform < 0)
            {
                everyPlatform = owner.BrandIndex;
            }
            if (anyPlatform < 0)
            {
                anyPlatform = owner.BrandIndex;
            }
        }
        var found = everyPlatform >= 0 ? everyPlatform : platform == Platform.Unknown ? anyPlatform : -1;
        if (found < 0)
        {
            return false;
        }
        brandId = _brandIds[found];
        return true;
    }

    private void MatchMarkers(ReadOnlySpan<char> text, ref BrandHitSet hits)
    {
        var position = 0;
        while (MatchText.NextMarker(text, ref position, out var isHandle, out var body))
        {
            if (!isHandle)
            {
                MatchHashtag(body, ref hits);
            }
            else if (!TryMarkHandle(body, ref hits))
            {
                TryMarkHandle(body.TrimEnd('.'), ref hits);
            }
        }
    }

    private bool TryMarkHandle(ReadOnlySpan<char> handle, ref BrandHitSet hits)
    {
        if (handle.IsEmpty || handle.Length > _maxHandleLength || !_handles.TryGetValue(handle, out var owners))
        {
            return false;
        }
        foreach (var owner in owners)
        {
            hits.Add(owner.BrandIndex);
        }
        return true;
    }

    private void MatchHashtag(ReadOnlySpan<char> hashtag, ref BrandHitSet hits)
    {
        if (hashtag.IsEmpty || hashtag.Length > MaxHashtagLength)
        {
            return;
        }
        TryMarkHandle(hashtag, ref hits);
        Span<char> folded = stackalloc char[MaxHashtagLength];
        var length = MatchText.FoldCompact(hashtag, folded);
        if (length == 0 || length > _maxHashtagKeyLength || !_hashtags.TryGetValue(folded[..length], out var brands))
        {
            return;
        }
        foreach (var brand in brands)
        {
            hits.Add(brand);
        }
    }

    private void MatchWords(ReadOnlySpan<char> folded, ref BrandHitSet hits)
    {
        var position = 0;
        while (MatchText.NextWord(folded, ref position, out var word))
        {
            if (word.Length < _minFirstWordLength || word.Length > _maxFirstWordLength
                || !_phrasesByFirstWord.TryGetValue(word, out var phrases))
            {
                continue;
            }
            foreach (var phrase in phrases)
            {
                if (phrase.FollowingWords.Length == 0 || MatchText.FollowsAt(folded, position, phrase.FollowingWords))
                {
                    hits.Add(phrase.BrandIndex);
                }
            }
        }
    }

    private static string? NormaliseHandle(string? handle)
    {
        if (handle is null)
        {
            return null;
        }
        var name = handle.StartsWith('@') ? handle[1..] : handle;
        if (name.Length == 0)
        {
            return null;
        }
        foreach (var c in name)
        {
            if (!MatchText.IsHandleChar(c))
            {
                return null;
            }
        }
        return name;
    }

    private static List<TValue> GetOrAdd<TValue>(Dictionary<string, List<TValue>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }
        return list;
    }
}
