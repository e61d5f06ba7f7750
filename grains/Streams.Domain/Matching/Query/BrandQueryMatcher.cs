using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;

namespace Streams.Domain.Matching.Query;

/// <summary>
/// Decides which brands a post is about, for every registered brand at once. Brands with a query are matched by it;
/// brands without one keep the handle, name, alias and hashtag rules of <see cref="BrandMatcher"/>. Learned
/// not-about-us exclusions apply to both.
/// </summary>
/// <remarks>
/// <para>Compilation puts every distinct word, wildcard stem, hashtag and handle of every query in one dictionary
/// each, keyed by folded text, and gives each a term id. A post is folded and tokenized once; the terms that occur are
/// noted (with their word positions, for phrases and NEAR), and only the queries with at least one term present
/// outside a NOT are evaluated. The parser refuses queries that could hold without any of their terms, so this skips
/// nothing that could match. Cost therefore grows with the post and the few queries it wakes, not with the number of
/// brands.</para>
/// <para>Thread-safe: matching reads immutable state; learning swaps a brand's exclusion set atomically.</para>
/// </remarks>
public sealed class BrandQueryMatcher
{
    private const int StackChars = 512;
    private const int StackInts = 256;
    private const int StackBitWords = 128;
    private const int MaxMarkerLength = 256;

    [ThreadStatic]
    private static List<string>? t_plainHits;

    private readonly string[] _brandIds;
    private readonly FrozenDictionary<string, int> _brandIndex;
    private readonly BrandMatcher _plain;
    private readonly bool _hasPlain;
    private readonly BrandMatcher _owners;
    private readonly EvalNode[] _queries;
    private readonly int[] _queryBrand;
    private readonly int[][] _triggers;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _hashtags;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _handles;
    private readonly int[] _prefixLengths;
    private readonly int _termCount;
    private readonly FrozenSet<string>[] _ownWords;
    private readonly string[][] _ownStems;
    private readonly LearnedExclusions[] _exclusions;
    private readonly Lock _learning = new();

    private BrandQueryMatcher(Builder builder)
    {
        _brandIds = [.. builder.BrandIds];
        _brandIndex = builder.BrandIds.Select((id, i) => (id, i)).ToFrozenDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        _plain = BrandMatcher.Compile(builder.PlainBrands);
        _hasPlain = builder.PlainBrands.Count > 0;
        _owners = BrandMatcher.Compile(builder.AllBrands);
        _queries = [.. builder.Queries];
        _queryBrand = [.. builder.QueryBrand];
        _termCount = builder.TermCount;
        _triggers = new int[_termCount][];
        for (var term = 0; term < _termCount; term++)
        {
            _triggers[term] = builder.Triggers.TryGetValue(term, out var queries) ? [.. queries] : [];
        }
        _words = builder.Words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = builder.Prefixes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _hashtags = builder.Hashtags.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _handles = builder.Handles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. builder.Prefixes.Keys.Select(k => k.Length).Distinct().Order()];
        _ownWords = [.. builder.OwnWords.Select(w => w.ToFrozenSet(StringComparer.Ordinal))];
        _ownStems = [.. builder.OwnStems.Select(s => s.ToArray())];
        _exclusions = [.. builder.Exclusions];
    }

    /// <summary>The brand ids, in registration order.</summary>
    public IReadOnlyList<string> BrandIds => _brandIds;

    /// <summary>Compiles brands without queries: the same matches as <see cref="BrandMatcher"/>, plus learning.</summary>
    public static BrandQueryMatcher Compile(IEnumerable<BrandConfig> brands) =>
        Compile(brands.Select(b => new BrandQuerySource(b)));

    /// <summary>
    /// Compiles every brand's query. Throws <see cref="QueryParseException"/> (with the brand id) for an invalid query
    /// and <see cref="ArgumentException"/> for a repeated brand id; validate queries with
    /// <see cref="BrandQueryParser.Validate"/> when a brand is written so this never throws at match time.
    /// </summary>
    public static BrandQueryMatcher Compile(IEnumerable<BrandQuerySource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var builder = new Builder();
        foreach (var source in sources)
        {
            builder.Add(source);
        }
        builder.ChooseTriggers();
        return new BrandQueryMatcher(builder);
    }

    /// <summary>
    /// Appends to <paramref name="brandIds"/> the id of every brand the post is about, each once, in registration
    /// order. Allocates nothing for posts up to a few hundred characters beyond the list's own growth.
    /// </summary>
    public void Match(ReadOnlySpan<char> text, in PostMetadata metadata, List<string> brandIds)
    {
        ArgumentNullException.ThrowIfNull(brandIds);
        if (text.IsEmpty || _brandIds.Length == 0)
        {
            return;
        }
        char[]? rentedChars = null;
        ulong[]? rentedHits = null;
        var folded = text.Length <= StackChars ? stackalloc char[text.Length] : (rentedChars = ArrayPool<char>.Shared.Rent(text.Length));
        var hitWords = (_brandIds.Length + 63) >> 6;
        var hitBits = hitWords <= StackBitWords ? stackalloc ulong[hitWords] : (rentedHits = ArrayPool<ulong>.Shared.Rent(hitWords));
        hitBits = hitBits[..hitWords];
        hitBits.Clear();
        var hits = new BrandHitSet(hitBits);
        try
        {
            var length = MatchText.FoldWords(text, folded);
            folded = folded[..length];
            if (_queries.Length > 0)
            {
                MatchQueries(text, folded, metadata, ref hits);
            }
            if (_hasPlain)
            {
                var plain = t_plainHits ??= new List<string>(8);
                plain.Clear();
                _plain.Match(text, plain);
                foreach (var id in plain)
                {
                    var brand = _brandIndex[id];
                    if (!_exclusions[brand].Excludes(folded))
                    {
                        hits.Add(brand);
                    }
                }
            }
            hits.AppendTo(_brandIds, brandIds);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
            if (rentedHits is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedHits);
            }
        }
    }

    /// <summary>Whether <paramref name="handle"/> is one of a brand's own accounts; the rules of <see cref="BrandMatcher.TryGetOwner"/>.</summary>
    public bool TryGetOwner(Platform platform, string? handle, [NotNullWhen(true)] out string? brandId) =>
        _owners.TryGetOwner(platform, handle, out brandId);

    /// <summary>
    /// Records a post flagged as not about <paramref name="brandId"/> (a homonym: the fruit, not the operator). Its
    /// context terms (folded words of at least 3 characters with a letter, not a stop word, not a word of the brand's
    /// query, name, aliases or handles, and not starting with one of its wildcard stems) are counted once each; later
    /// posts are excluded by the rule of <see cref="LearnedExclusions"/>: one learned term seen in 2 flagged posts, or
    /// 2 different learned terms. Deterministic: the same flags in the same order give the same exclusions. Returns the
    /// terms counted. Persist <see cref="LearnedExclusionsOf"/> and pass it back in <see cref="BrandQuerySource"/> when
    /// recompiling.
    /// </summary>
    public IReadOnlyList<string> LearnNotAboutUs(string brandId, ReadOnlySpan<char> postText)
    {
        if (!_brandIndex.TryGetValue(brandId, out var brand))
        {
            throw new ArgumentException($"Unknown brand '{brandId}'.", nameof(brandId));
        }
        var folded = new char[postText.Length];
        var length = MatchText.FoldWords(postText, folded);
        var terms = new List<string>();
        foreach (var word in new string(folded, 0, length).Split(MatchText.Separator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3 && word.Any(char.IsLetter) && !ContextStopWords.All.Contains(word)
                && !_ownWords[brand].Contains(word) && !_ownStems[brand].Any(s => word.StartsWith(s, StringComparison.Ordinal))
                && !terms.Contains(word))
            {
                terms.Add(word);
            }
        }
        lock (_learning)
        {
            Volatile.Write(ref _exclusions[brand], Volatile.Read(ref _exclusions[brand]).With(terms));
        }
        return terms;
    }

    /// <summary>The learned not-about-us terms of a brand and how many flagged posts contained each (for persistence).</summary>
    public IReadOnlyDictionary<string, int> LearnedExclusionsOf(string brandId) =>
        _brandIndex.TryGetValue(brandId, out var brand) ? Volatile.Read(ref _exclusions[brand]).Counts : FrozenDictionary<string, int>.Empty;

    private void MatchQueries(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, in PostMetadata metadata, ref BrandHitSet hits)
    {
        var wordCount = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] != MatchText.Separator && (i == 0 || folded[i - 1] == MatchText.Separator))
            {
                wordCount++;
            }
        }
        var presentWords = (_termCount + 63) >> 6;
        var candidateWords = (_queries.Length + 63) >> 6;
        var termCapacity = wordCount * (1 + _prefixLengths.Length);
        ulong[]? rentedPresent = null;
        ulong[]? rentedCandidates = null;
        int[]? rentedTerms = null;
        int[]? rentedFirst = null;
        var present = presentWords <= StackBitWords ? stackalloc ulong[presentWords] : (rentedPresent = ArrayPool<ulong>.Shared.Rent(presentWords));
        var candidates = candidateWords <= StackBitWords ? stackalloc ulong[candidateWords] : (rentedCandidates = ArrayPool<ulong>.Shared.Rent(candidateWords));
        var terms = termCapacity <= StackInts ? stackalloc int[termCapacity] : (rentedTerms = ArrayPool<int>.Shared.Rent(termCapacity));
        var firstAt = wordCount < StackInts ? stackalloc int[wordCount + 1] : (rentedFirst = ArrayPool<int>.Shared.Rent(wordCount + 1));
        present = present[..presentWords];
        candidates = candidates[..candidateWords];
        present.Clear();
        candidates.Clear();
        try
        {
            var termCount = 0;
            var anyCandidate = false;
            var position = 0;
            var word = 0;
            while (MatchText.NextWord(folded, ref position, out var token))
            {
                firstAt[word++] = termCount;
                if (_words.TryGetValue(token, out var term))
                {
                    terms[termCount++] = term;
                    anyCandidate |= Note(term, present, candidates);
                }
                foreach (var stem in _prefixLengths)
                {
                    if (stem > token.Length)
                    {
                        break;
                    }
                    if (_prefixes.TryGetValue(token[..stem], out term))
                    {
                        terms[termCount++] = term;
                        anyCandidate |= Note(term, present, candidates);
                    }
                }
            }
            firstAt[word] = termCount;
            anyCandidate |= NoteMarkers(text, present, candidates);
            if (!anyCandidate)
            {
                return;
            }
            var scan = new PostScan
            {
                Present = present,
                Terms = terms[..termCount],
                FirstAt = firstAt[..(wordCount + 1)],
                WordCount = wordCount,
                Metadata = metadata,
            };
            for (var w = 0; w < candidates.Length; w++)
            {
                var bits = candidates[w];
                while (bits != 0)
                {
                    var query = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    var brand = _queryBrand[query];
                    if (_queries[query].Evaluate(ref scan) && !_exclusions[brand].Excludes(folded))
                    {
                        hits.Add(brand);
                    }
                }
            }
        }
        finally
        {
            if (rentedPresent is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedPresent);
            }
            if (rentedCandidates is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedCandidates);
            }
            if (rentedTerms is not null)
            {
                ArrayPool<int>.Shared.Return(rentedTerms);
            }
            if (rentedFirst is not null)
            {
                ArrayPool<int>.Shared.Return(rentedFirst);
            }
        }
    }

    /// <summary>Marks a term present; the first time, wakes the queries it triggers. Returns whether any was woken.</summary>
    private bool Note(int term, Span<ulong> present, Span<ulong> candidates)
    {
        ref var bits = ref present[term >> 6];
        var mask = 1UL << term;
        if ((bits & mask) != 0)
        {
            return false;
        }
        bits |= mask;
        var queries = _triggers[term];
        foreach (var query in queries)
        {
            candidates[query >> 6] |= 1UL << query;
        }
        return queries.Length > 0;
    }

    private bool NoteMarkers(ReadOnlySpan<char> text, Span<ulong> present, Span<ulong> candidates)
    {
        var any = false;
        var position = 0;
        Span<char> folded = stackalloc char[MaxMarkerLength];
        while (MatchText.NextMarker(text, ref position, out var isHandle, out var body))
        {
            if (body.IsEmpty || body.Length > MaxMarkerLength)
            {
                continue;
            }
            if (isHandle)
            {
                if (_handles.TryGetValue(body, out var term) || _handles.TryGetValue(body.TrimEnd('.'), out term))
                {
                    any |= Note(term, present, candidates);
                }
            }
            else
            {
                var tagLength = MatchText.FoldCompact(body, folded);
                if (tagLength > 0 && _hashtags.TryGetValue(folded[..tagLength], out var term))
                {
                    any |= Note(term, present, candidates);
                }
            }
        }
        return any;
    }

    private sealed class Builder
    {
        public List<string> BrandIds { get; } = [];
        public List<BrandConfig> AllBrands { get; } = [];
        public List<BrandConfig> PlainBrands { get; } = [];
        public List<EvalNode> Queries { get; } = [];
        public List<int> QueryBrand { get; } = [];
        public Dictionary<int, List<int>> Triggers { get; } = [];
        public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Prefixes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Hashtags { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Handles { get; } = new(StringComparer.OrdinalIgnoreCase);
        public List<HashSet<string>> OwnWords { get; } = [];
        public List<List<string>> OwnStems { get; } = [];
        public List<LearnedExclusions> Exclusions { get; } = [];
        public int TermCount { get; private set; }

        private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);
        private readonly List<QueryNode> _parsed = [];
        private int _brand;

        public void Add(BrandQuerySource source)
        {
            ArgumentNullException.ThrowIfNull(source);
            var brand = source.Brand;
            ArgumentNullException.ThrowIfNull(brand);
            if (!_seenIds.Add(brand.Id))
            {
                throw new ArgumentException($"Brand id '{brand.Id}' is registered twice.", nameof(source));
            }
            _brand = BrandIds.Count;
            BrandIds.Add(brand.Id);
            AllBrands.Add(brand);
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var phrase in (IEnumerable<string?>)[brand.Name, .. brand.Aliases ?? []])
            {
                if (!string.IsNullOrWhiteSpace(phrase))
                {
                    own.UnionWith(MatchText.Words(phrase));
                }
            }
            foreach (var handle in brand.Handles ?? [])
            {
                if (!string.IsNullOrWhiteSpace(handle?.Handle))
                {
                    var words = MatchText.Words(handle.Handle);
                    own.UnionWith(words);
                    own.Add(string.Concat(words));
                }
            }
            OwnWords.Add(own);
            var stems = new List<string>();
            OwnStems.Add(stems);
            Exclusions.Add(source.LearnedExclusions is { Count: > 0 } learned
                ? new LearnedExclusions(learned.ToFrozenDictionary(StringComparer.Ordinal))
                : LearnedExclusions.Empty);

            if (string.IsNullOrWhiteSpace(source.Query))
            {
                PlainBrands.Add(brand);
                return;
            }
            if (!BrandQueryParser.TryParse(source.Query, out var node, out var error))
            {
                throw new QueryParseException(error!, brand.Id);
            }
            QueryBrand.Add(_brand);
            Queries.Add(Compile(node!, own, stems));
            _parsed.Add(node!);
        }

        /// <summary>
        /// Chooses, for every query, the terms that wake it: a set of terms of which at least one must occur for the
        /// query to hold. An OR needs one of its operands' sets; an AND or a NEAR needs only one operand's, and takes
        /// the one whose terms the fewest queries share, so "(acme OR @acme) AND (panne OR rembours*)" wakes on its
        /// brand words, not on context words that a thousand brands use.
        /// </summary>
        public void ChooseTriggers()
        {
            var sharedBy = new int[TermCount];
            for (var query = 0; query < _parsed.Count; query++)
            {
                foreach (var term in Collect(_parsed[query], []).Distinct())
                {
                    sharedBy[term]++;
                }
            }
            for (var query = 0; query < _parsed.Count; query++)
            {
                var required = Required(_parsed[query], sharedBy)
                    ?? throw new InvalidOperationException("The parser admits only queries that require a term.");
                foreach (var term in required.Terms.Distinct())
                {
                    if (!Triggers.TryGetValue(term, out var queries))
                    {
                        Triggers[term] = queries = [];
                    }
                    queries.Add(query);
                }
            }
        }

        private List<int> Collect(QueryNode node, List<int> terms)
        {
            switch (node)
            {
                case QueryWords { IsPrefix: true } prefix:
                    terms.Add(Prefixes[prefix.Words[0]]);
                    break;
                case QueryWords words:
                    terms.AddRange(words.Words.Select(w => Words[w]));
                    break;
                case QueryHashtag hashtag:
                    terms.Add(Hashtags[hashtag.Tag]);
                    break;
                case QueryHandle handle:
                    terms.Add(Handles[handle.Handle]);
                    break;
                case QueryNot not:
                    Collect(not.Operand, terms);
                    break;
                case QueryAnd and:
                    and.Operands.ToList().ForEach(o => Collect(o, terms));
                    break;
                case QueryOr or:
                    or.Operands.ToList().ForEach(o => Collect(o, terms));
                    break;
                case QueryNear near:
                    Collect(near.Left, terms);
                    Collect(near.Right, terms);
                    break;
            }
            return terms;
        }

        private TriggerSet? Required(QueryNode node, int[] sharedBy)
        {
            switch (node)
            {
                case QueryWords { IsPrefix: true } prefix:
                    return TriggerSet.Of(Prefixes[prefix.Words[0]], sharedBy);
                case QueryWords words:
                    // Any word of a phrase is required; the least shared one wakes it.
                    return words.Words.Select(w => TriggerSet.Of(Words[w], sharedBy)).MinBy(t => t.Cost);
                case QueryHashtag hashtag:
                    return TriggerSet.Of(Hashtags[hashtag.Tag], sharedBy);
                case QueryHandle handle:
                    return TriggerSet.Of(Handles[handle.Handle], sharedBy);
                case QueryAnd and:
                    return and.Operands.Select(o => Required(o, sharedBy)).Where(t => t is not null).MinBy(t => t!.Cost);
                case QueryNear near:
                    return new[] { Required(near.Left, sharedBy), Required(near.Right, sharedBy) }.Where(t => t is not null).MinBy(t => t!.Cost);
                case QueryOr or:
                    var sets = or.Operands.Select(o => Required(o, sharedBy)).ToList();
                    return sets.Any(t => t is null) ? null : new TriggerSet([.. sets.SelectMany(t => t!.Terms)], sets.Sum(t => t!.Cost));
                default:
                    return null; // NOT and field filters require no term.
            }
        }

        private EvalNode Compile(QueryNode node, HashSet<string> own, List<string> stems)
        {
            switch (node)
            {
                case QueryWords { IsPrefix: true } prefix:
                    stems.Add(prefix.Words[0]);
                    return new EvalTerm(Term(Prefixes, prefix.Words[0]), positional: true);
                case QueryWords words:
                    own.UnionWith(words.Words);
                    var ids = words.Words.Select(w => Term(Words, w)).ToArray();
                    return ids.Length == 1 ? new EvalTerm(ids[0], positional: true) : new EvalPhrase(ids);
                case QueryHashtag hashtag:
                    own.Add(hashtag.Tag);
                    return new EvalTerm(Term(Hashtags, hashtag.Tag), positional: false);
                case QueryHandle handle:
                    own.UnionWith(MatchText.Words(handle.Handle));
                    return new EvalTerm(Term(Handles, handle.Handle), positional: false);
                case QueryField field:
                    return new EvalField(field);
                case QueryNot not:
                    return new EvalNot(Compile(not.Operand, own, stems));
                case QueryAnd and:
                    return new EvalAnd([.. and.Operands.Select(o => Compile(o, own, stems))]);
                case QueryOr or:
                    return new EvalOr([.. or.Operands.Select(o => Compile(o, own, stems))]);
                case QueryNear near:
                    return new EvalNear(Compile(near.Left, own, stems), Compile(near.Right, own, stems), near.Distance, near.Ordered);
                default:
                    throw new InvalidOperationException(node.GetType().Name);
            }
        }

        private int Term(Dictionary<string, int> dictionary, string key)
        {
            if (!dictionary.TryGetValue(key, out var term))
            {
                term = TermCount++;
                dictionary[key] = term;
            }
            return term;
        }
    }
}
