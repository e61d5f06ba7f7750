namespace Streams.Client.Generation;

/// <summary>The intended tone of a generated customer post (the generator's ground truth, not a classifier output).</summary>
public enum Sentiment
{
    Negative,
    Neutral,
    Positive,
}
