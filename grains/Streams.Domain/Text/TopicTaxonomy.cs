using System.Buffers;
using System.Collections.Frozen;
using System.Numerics;
using Streams.Domain.Matching;

namespace Streams.Domain.Text;

/// <summary>
/// A compiled set of topics (at most 64): a post's topics come back as a bit mask, several per post, without
/// allocating. English and French rules are both applied whatever the detected language: their words barely overlap
/// and a misdetected post still gets its topics. Immutable; one instance per taxonomy is shared by every grain.
/// Brands extend the default with <see cref="Extend"/> (a topic with an existing id replaces it) or replace it with
/// <see cref="Compile"/>.
/// </summary>
public sealed class TopicTaxonomy
{
    public const int MaxTopics = 64;
    private const int StackChars = 512;

    private readonly TopicDefinition[] _topics;
    private readonly FrozenDictionary<string, TopicRule[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly int[] _prefixLengths;

    private TopicTaxonomy(TopicDefinition[] topics)
    {
        _topics = topics;
        var byFirstWord = new Dictionary<string, List<TopicRule>>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var topic = 0; topic < topics.Length; topic++)
        {
            foreach (var rule in topics[topic].English.Concat(topics[topic].French))
            {
                if (rule.EndsWith('*'))
                {
                    var stem = TextFolding.Fold(rule[..^1]);
                    if (stem.Length < 3 || MatchText.Words(stem) is not { Length: 1 })
                    {
                        throw new ArgumentException($"Topic '{topics[topic].Id}': a wildcard rule needs one word of at least 3 letters ('{rule}').");
                    }
                    prefixes[stem] = prefixes.GetValueOrDefault(stem) | (1UL << topic);
                    continue;
                }
                var words = MatchText.Words(rule);
                if (words.Length == 0)
                {
                    throw new ArgumentException($"Topic '{topics[topic].Id}': rule '{rule}' has no word.");
                }
                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord[words[0]] = list = [];
                }
                list.Add(new TopicRule(words[1..], topic));
            }
        }
        _byFirstWord = byFirstWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. prefixes.Keys.Select(k => k.Length).Distinct().Order()];
    }

    /// <summary>The eight issue topics brands act on, in English and French (<see cref="IssueTopics"/>).</summary>
    public static TopicTaxonomy Default { get; } = Compile(IssueTopics.All);

    /// <summary>The topic ids, in bit order: bit i of a mask is <c>TopicIds[i]</c>.</summary>
    public IReadOnlyList<string> TopicIds => [.. _topics.Select(t => t.Id)];

    public IReadOnlyList<TopicDefinition> Topics => _topics;

    /// <summary>Compiles a taxonomy; throws <see cref="ArgumentException"/> for duplicate ids, more than 64 topics or empty rules.</summary>
    public static TopicTaxonomy Compile(IEnumerable<TopicDefinition> topics)
    {
        var list = topics.ToArray();
        if (list.Length > MaxTopics)
        {
            throw new ArgumentException($"At most {MaxTopics} topics.", nameof(topics));
        }
        var duplicate = list.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Topic '{duplicate.Key}' is defined twice.", nameof(topics));
        }
        return new TopicTaxonomy(list);
    }

    /// <summary>This taxonomy plus <paramref name="topics"/>; a topic whose id exists replaces the existing one in place.</summary>
    public TopicTaxonomy Extend(IEnumerable<TopicDefinition> topics)
    {
        var merged = _topics.ToList();
        foreach (var topic in topics)
        {
            var at = merged.FindIndex(t => t.Id == topic.Id);
            if (at >= 0)
            {
                merged[at] = topic;
            }
            else
            {
                merged.Add(topic);
            }
        }
        return Compile(merged);
    }

    /// <summary>The topics of a post as a bit mask (bit i = <see cref="TopicIds"/>[i]). Allocation-free.</summary>
    public ulong Match(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        char[]? rented = null;
        var folded = text.Length <= StackChars ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = MatchText.FoldWords(text, folded);
            return MatchFolded(folded[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The ids of the topics in a mask, in taxonomy order.</summary>
    /// <remarks>Called for every matched post: most have no topic and get the shared empty array; the rest one array of the right size.</remarks>
    public IReadOnlyList<string> Names(ulong mask)
    {
        mask &= _topics.Length >= 64 ? ulong.MaxValue : (1UL << _topics.Length) - 1;
        if (mask == 0)
        {
            return [];
        }
        var names = new string[BitOperations.PopCount(mask)];
        var n = 0;
        for (var i = 0; i < _topics.Length; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                names[n++] = _topics[i].Id;
            }
        }
        return names;
    }

    /// <summary>The bit of a topic id, or 0 when the taxonomy has no such topic.</summary>
    public ulong Bit(string topicId)
    {
        var at = Array.FindIndex(_topics, t => t.Id == topicId);
        return at < 0 ? 0 : 1UL << at;
    }

    private ulong MatchFolded(ReadOnlySpan<char> folded)
    {
        ulong mask = 0;
        var position = 0;
        while (MatchText.NextWord(folded, ref position, out var word))
        {
            if (_byFirstWord.TryGetValue(word, out var rules))
            {
                foreach (var rule in rules)
                {
                    if ((mask & (1UL << rule.Topic)) == 0 && (rule.FollowingWords.Length == 0 || MatchText.FollowsAt(folded, position, rule.FollowingWords)))
                    {
                        mask |= 1UL << rule.Topic;
                    }
                }
            }
            foreach (var stem in _prefixLengths)
            {
                if (stem > word.Length)
                {
                    break;
                }
                if (_prefixes.TryGetValue(word[..stem], out var topics))
                {
                    mask |= topics;
                }
            }
        }
        return mask;
    }
}
