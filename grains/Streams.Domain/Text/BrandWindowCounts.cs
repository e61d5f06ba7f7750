namespace Streams.Domain.Text;

/// <summary>
/// One brand's posts counted per event-time window (<see cref="BrandSentimentPriors"/>), and the estimates last made
/// from them. Not thread-safe.
/// </summary>
internal sealed class BrandWindowCounts
{
    // A post in window p reads windows p - 1 - WindowsUsed .. p - 2, and no post arrives more than one window behind
    // the newest, so the newest WindowsUsed + 3 windows with posts hold all that any post still reads. One more leaves
    // room for a post whose time is wrong by years: it takes a window of its own, far from the rest, without pushing
    // out one that is read. Keeping the newest windows by count, rather than every window within a day of the newest,
    // means such a post cannot empty the brand's history either.
    private const int Kept = BrandSentimentPriors.WindowsUsed + 4;

    public readonly Dictionary<long, SentimentHistogram> Windows = [];

    public readonly WindowEstimateCache Estimates = new();

    public void Count(long window, int cell)
    {
        if (!Windows.TryGetValue(window, out var histogram))
        {
            Windows[window] = histogram = new SentimentHistogram();
            if (Windows.Count > Kept)
            {
                var oldest = Windows.Keys.Min();
                Windows.Remove(oldest);
                if (oldest == window)
                {
                    return; // Older than every window kept: no estimate reads it.
                }
            }
        }
        histogram.Add(cell, 1);
        // Estimates made from this window are out of date: only a post more than a window late gets here.
        Estimates.Forget(window + 2, window + 1 + BrandSentimentPriors.WindowsUsed);
    }
}
