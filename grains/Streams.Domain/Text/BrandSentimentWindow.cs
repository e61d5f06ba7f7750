namespace Streams.Domain.Text;

/// <summary>
/// One brand's posts of one event-time window as a checkpoint keeps them: the non-empty cells of its
/// <see cref="SentimentHistogram"/> and their counts, in cell order.
/// </summary>
/// <param name="Window">The window's number: its start in ticks divided by the window's length.</param>
public sealed record BrandSentimentWindow(string Brand, long Window, int[] Cells, int[] Counts);
