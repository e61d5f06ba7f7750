namespace Streams.Domain.Text;

// TEMPORARY STUB: replaced by the real analyzer on merge.
public sealed class SentimentAnalyzer
{
    public static SentimentAnalyzer Shared { get; } = new();

    public double Score(ReadOnlySpan<char> text, Language language)
    {
        var s = text.ToString().ToLowerInvariant();
        var score = 0.0;
        foreach (var w in new[] { "bad", "terrible", "awful", "worst", "broken", "angry", "nul", "honte" })
        {
            if (s.Contains(w)) score -= 0.5;
        }
        foreach (var w in new[] { "great", "love", "thanks", "good", "merci", "super" })
        {
            if (s.Contains(w)) score += 0.5;
        }
        return Math.Clamp(score, -1, 1);
    }
}
