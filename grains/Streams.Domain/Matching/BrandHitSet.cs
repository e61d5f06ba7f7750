namespace Streams.Domain.Matching;

/// <summary>
/// The brands one text matched, as a bit per brand: deduplicates for free and yields registration order.
/// Only the words between the lowest and highest hit are scanned at the end, so thousands of brands cost nothing
/// when a post matches one or two.
/// </summary>
internal ref struct BrandHitSet(Span<ulong> bits)
{
    private readonly Span<ulong> _bits = bits;
    private int _low = int.MaxValue;
    private int _high = -1;

    public void Add(int brandIndex)
    {
        var word = brandIndex >> 6;
        _bits[word] |= 1UL << brandIndex;
        _low = Math.Min(_low, word);
        _high = Math.Max(_high, word);
    }

    public readonly void AppendTo(string[] brandIds, List<string> destination)
    {
        for (var word = _low; word <= _high; word++)
        {
            var bits = _bits[word];
            while (bits != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                destination.Add(brandIds[(word << 6) + bit]);
                bits &= bits - 1;
            }
        }
    }
}
