namespace Streams.Silo.Api;

/// <summary>What the pipeline would make of one sample post for the previewed brand.</summary>
/// <param name="Index">The post's position in the request's <c>posts</c>.</param>
/// <param name="Matched">The brand's query (or its handles, name and aliases) takes the post.</param>
/// <param name="OwnPost">The author is one of the brand's own handles on that platform: an answer, never a mention.</param>
/// <param name="Sentiment">The model's score in [-1, 1], before the brand's priors, which come from its live posts.</param>
/// <param name="SentimentLabel">negative at or below -0.05, positive at or above 0.05, neutral between.</param>
/// <param name="Topics">Under the brand's taxonomy (its own topics, added to or replacing the defaults), matched or not.</param>
/// <param name="SentimentRules">
/// The care rules that held the model's reading of the post: sarcasmMarker ("/s"), negatedCriticism ("not bad"),
/// ironicPraise ("great, cancelled again"), plainComplaint ("still waiting") or plainQuestion ("do you deliver to
/// Belgium?"). Empty when the model read the post alone.
/// </param>
public sealed record PostPreviewResponse(
    int Index,
    bool Matched,
    bool OwnPost,
    string Language,
    double Sentiment,
    string SentimentLabel,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Intents,
    IReadOnlyList<string> SentimentRules);
