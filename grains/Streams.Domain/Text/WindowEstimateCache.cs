namespace Streams.Domain.Text;

/// <summary>
/// One brand's estimates for the last two windows asked for (<see cref="BrandWindowCounts"/>). Around a window's end,
/// late posts of the old window and early ones of the new arrive interleaved, and a single entry would be remade on
/// every switch.
/// </summary>
internal sealed class WindowEstimateCache
{
    private long newerWindow = long.MinValue;
    private long olderWindow = long.MinValue;
    private SentimentProbabilities? newer;
    private SentimentProbabilities? older;

    public bool TryGet(long window, out SentimentProbabilities? estimate)
    {
        if (window == newerWindow)
        {
            estimate = newer;
            return true;
        }
        if (window == olderWindow)
        {
            estimate = older;
            return true;
        }
        estimate = null;
        return false;
    }

    public void Set(long window, SentimentProbabilities? estimate)
    {
        (olderWindow, older) = (newerWindow, newer);
        (newerWindow, newer) = (window, estimate);
    }

    public void Forget(long from, long to)
    {
        if (newerWindow >= from && newerWindow <= to)
        {
            newerWindow = long.MinValue;
        }
        if (olderWindow >= from && olderWindow <= to)
        {
            olderWindow = long.MinValue;
        }
    }
}
