namespace Streams.Domain.Text;

/// <summary>The wire names of sentiment cues ("plainComplaint"): the API's camelCase, as for intents.</summary>
public static class SentimentCueNames
{
    /// <summary>Each single cue, in declaration order.</summary>
    public static IReadOnlyList<SentimentCues> All { get; } = Enum.GetValues<SentimentCues>().Where(c => c != 0).ToArray();

    public static string Of(SentimentCues cue)
    {
        var name = cue.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The names of the cues set in <paramref name="cues"/>.</summary>
    public static IReadOnlyList<string> Set(SentimentCues cues) =>
        All.Where(c => (cues & c) == c).Select(Of).ToArray();
}
