using Streams.Domain.Text;

namespace Streams.Domain.Brands;

/// <summary>What the pipeline makes of one post for one brand: see <see cref="BrandPreview"/>.</summary>
/// <param name="Matched">The brand's matcher (its query, or its handles, name and aliases) took the post.</param>
/// <param name="OwnPost">The author is one of the brand's own accounts: the pipeline counts such a post as an answer or an announcement, never as a mention.</param>
/// <param name="Sentiment">The model's score in [-1, 1], before the brand's priors (those come from its live posts).</param>
/// <param name="Topics">Under the brand's taxonomy, whether or not the post matched.</param>
/// <param name="SentimentCues">What the lexicon's rules established and held the model to (<see cref="SentimentGuards"/>).</param>
public sealed record PostReading(
    bool Matched,
    bool OwnPost,
    Language Language,
    double Sentiment,
    IReadOnlyList<string> Topics,
    PostIntent Intents,
    SentimentCues SentimentCues);
