using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>
/// The <see cref="K"/> highest-scored keys, each with a payload (e.g. the most viral negative posts of a brand).
/// </summary>
/// <remarks>
/// <para><see cref="Offer"/> on a key already kept replaces its score and payload, even with a lower score:
/// the caller's latest score is the truth. A new key enters while fewer than K are kept, or when its score
/// is strictly above <see cref="MinScore"/>, evicting the minimum. A key evicted (or removed) is forgotten;
/// it returns only if offered again.</para>
/// <para>Determinism: <see cref="Items"/> sorts by score descending, ties by key ascending (ordinal for
/// strings, <see cref="Comparer{T}.Default"/> otherwise). Among tied minimums the entry that sorts last
/// is the one evicted. A new key with a score equal to the minimum does not enter, so with ties the kept
/// set can depend on arrival order.</para>
/// <para>K is small (10-50), so entries live in plain arrays and every operation is a linear scan;
/// <see cref="Offer"/> allocates nothing. Not thread-safe: callers (a grain) serialise access.</para>
/// </remarks>
public sealed class TopK<TKey, TPayload>
    where TKey : notnull
{
    private static readonly IComparer<TKey> KeyOrder =
        typeof(TKey) == typeof(string) ? (IComparer<TKey>)(object)StringComparer.Ordinal : Comparer<TKey>.Default;

    private static readonly IEqualityComparer<TKey> KeyEquality =
        typeof(TKey) == typeof(string) ? (IEqualityComparer<TKey>)(object)StringComparer.Ordinal : EqualityComparer<TKey>.Default;

    private readonly TKey[] _keys;
    private readonly int[] _hashes;
    private readonly double[] _scores;
    private readonly TPayload[] _payloads;
    private int _count;
    private int _minIndex;

    public TopK(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        K = k;
        _keys = new TKey[k];
        _hashes = new int[k];
        _scores = new double[k];
        _payloads = new TPayload[k];
    }

    public int K { get; }

    public int Count => _count;

    /// <summary>The lowest kept score once K keys are kept (a new key must beat it), null until then.</summary>
    public double? MinScore => _count == K ? _scores[_minIndex] : null;

    /// <summary>Offers a key with its score and payload; see the class remarks for the rules.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is NaN.</exception>
    public void Offer(TKey key, double score, TPayload payload)
    {
        if (double.IsNaN(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "The score must be a number.");
        }
        var hash = KeyEquality.GetHashCode(key);
        var index = IndexOf(key, hash);
        if (index >= 0)
        {
            _scores[index] = score;
            _payloads[index] = payload;
            UpdateMinimum();
            return;
        }
        if (_count < K)
        {
            _keys[_count] = key;
            _hashes[_count] = hash;
            _scores[_count] = score;
            _payloads[_count] = payload;
            _count++;
            UpdateMinimum();
            return;
        }
        if (score > _scores[_minIndex])
        {
            _keys[_minIndex] = key;
            _hashes[_minIndex] = hash;
            _scores[_minIndex] = score;
            _payloads[_minIndex] = payload;
            UpdateMinimum();
        }
    }

    /// <summary>
    /// Whether <see cref="Offer"/> with this key and score would change anything (or throw): callers check
    /// it first so the payload of a key that would not enter is never built.
    /// </summary>
    public bool Admits(TKey key, double score) =>
        double.IsNaN(score) || _count < K || score > _scores[_minIndex] || IndexOf(key, KeyEquality.GetHashCode(key)) >= 0;

    /// <summary>Removes a key (e.g. a post that got answered). Returns whether it was kept.</summary>
    public bool Remove(TKey key)
    {
        var index = IndexOf(key, KeyEquality.GetHashCode(key));
        if (index < 0)
        {
            return false;
        }
        var last = _count - 1;
        _keys[index] = _keys[last];
        _hashes[index] = _hashes[last];
        _scores[index] = _scores[last];
        _payloads[index] = _payloads[last];
        _keys[last] = default!;
        _payloads[last] = default!;
        _count = last;
        UpdateMinimum();
        return true;
    }

    public bool Contains(TKey key) => IndexOf(key, KeyEquality.GetHashCode(key)) >= 0;

    /// <summary>The kept entries, score descending then key ascending (a new list each call).</summary>
    public IReadOnlyList<(TKey Key, double Score, TPayload Payload)> Items()
    {
        var order = SortedIndices();
        var items = new (TKey Key, double Score, TPayload Payload)[_count];
        for (var i = 0; i < order.Length; i++)
        {
            var index = order[i];
            items[i] = (_keys[index], _scores[index], _payloads[index]);
        }
        return items;
    }

    public TopKSnapshot<TKey, TPayload> Snapshot()
    {
        var order = SortedIndices();
        var entries = ImmutableArray.CreateBuilder<TopKEntry<TKey, TPayload>>(_count);
        foreach (var index in order)
        {
            entries.Add(new TopKEntry<TKey, TPayload>(_keys[index], _scores[index], _payloads[index]));
        }
        return new TopKSnapshot<TKey, TPayload>(K, entries.MoveToImmutable());
    }

    public static TopK<TKey, TPayload> FromSnapshot(TopKSnapshot<TKey, TPayload> snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Entries.Length > snapshot.K)
        {
            throw new ArgumentException("The snapshot holds more entries than K.", nameof(snapshot));
        }
        var topK = new TopK<TKey, TPayload>(snapshot.K);
        foreach (var entry in snapshot.Entries)
        {
            if (topK.Contains(entry.Key))
            {
                throw new ArgumentException($"The snapshot holds the key '{entry.Key}' twice.", nameof(snapshot));
            }
            topK.Offer(entry.Key, entry.Score, entry.Payload);
        }
        return topK;
    }

    // Hash codes first: comparing ints is much cheaper than comparing K strings on every offer.
    private int IndexOf(TKey key, int hash)
    {
        var hashes = _hashes;
        for (var i = 0; i < _count; i++)
        {
            if (hashes[i] == hash && KeyEquality.Equals(_keys[i], key))
            {
                return i;
            }
        }
        return -1;
    }

    // True when entry a sorts before entry b in Items order.
    private bool SortsBefore(int a, int b)
    {
        var byScore = _scores[a].CompareTo(_scores[b]);
        return byScore != 0 ? byScore > 0 : KeyOrder.Compare(_keys[a], _keys[b]) < 0;
    }

    // The minimum is the entry that sorts last: lowest score, then highest key.
    private void UpdateMinimum()
    {
        var minimum = 0;
        for (var i = 1; i < _count; i++)
        {
            if (SortsBefore(minimum, i))
            {
                minimum = i;
            }
        }
        _minIndex = minimum;
    }

    private int[] SortedIndices()
    {
        var order = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            var j = i;
            while (j > 0 && SortsBefore(i, order[j - 1]))
            {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }
}
