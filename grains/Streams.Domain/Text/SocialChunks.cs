namespace Streams.Domain.Text;

/// <summary>
/// The whitespace-separated chunks of a post that the sentiment scorer and the model's features treat as one token
/// (mentions and links), shared so that both read a post the same way.
/// </summary>
internal static class SocialChunks
{
    /// <summary>Whether the text from here on starts a link ("http…", "www.").</summary>
    public static bool StartsLink(ReadOnlySpan<char> rest) =>
        rest.StartsWith("http", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the chunk starting at <paramref name="start"/> ends: the next whitespace, or the end of the text.</summary>
    public static int End(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return end;
    }
}
