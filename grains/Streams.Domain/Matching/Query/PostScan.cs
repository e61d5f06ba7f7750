namespace Streams.Domain.Matching.Query;

/// <summary>
/// One post as the compiled queries see it: which terms occurred (a bit per term) and, for words, at which word
/// positions (<see cref="TermsAt"/> for position p is <c>Terms[FirstAt[p]..FirstAt[p + 1]]</c>).
/// </summary>
internal ref struct PostScan
{
    public ReadOnlySpan<ulong> Present;
    public ReadOnlySpan<int> Terms;
    public ReadOnlySpan<int> FirstAt;
    public int WordCount;
    public PostMetadata Metadata;

    public readonly bool Has(int term) => (Present[term >> 6] & (1UL << term)) != 0;

    public readonly bool TermAt(int term, int position)
    {
        if ((uint)position >= (uint)WordCount)
        {
            return false;
        }
        foreach (var found in TermsAt(position))
        {
            if (found == term)
            {
                return true;
            }
        }
        return false;
    }

    public readonly ReadOnlySpan<int> TermsAt(int position) => Terms[FirstAt[position]..FirstAt[position + 1]];
}
