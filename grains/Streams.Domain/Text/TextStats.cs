namespace Streams.Domain.Text;

/// <summary>Whole-post counts gathered while tokenising, used for emphasis rules.</summary>
internal struct TextStats
{
    public int Words;
    public int CapsWords;
    public int Exclamations;
    public int Questions;

    /// <summary>An explicit sarcasm marker: "/s" or "#sarcasm" as a chunk of its own.</summary>
    public bool Sarcastic;
}
