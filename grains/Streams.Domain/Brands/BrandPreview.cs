using Streams.Abstractions.Brands;
using Streams.Domain.Matching.Query;
using Streams.Domain.Text;

namespace Streams.Domain.Brands;

/// <summary>
/// Reads sample posts the way the pipeline would for a brand that is not registered yet, so a query or a topic list
/// can be tried before it goes live: the brand is compiled alone into a catalog of its own, then each post goes through
/// the same steps as in the partition engine (language, owner, query, sentiment, topics, intents).
/// </summary>
/// <remarks>
/// Two things differ from the live pipeline, on purpose. Sentiment is the model's alone: the brand's priors are
/// estimated from its live posts of the previous day, which a preview does not have. And topics and intents are read
/// whether or not the post matched, so a taxonomy can be tried on posts the query does not take yet.
/// </remarks>
public sealed class BrandPreview
{
    private readonly BrandCatalog catalog;
    private readonly string brandId;
    private readonly SentimentAnalyzer sentiment;
    private readonly List<string> matched = [];

    public BrandPreview(BrandConfig brand, SentimentAnalyzer? sentiment = null)
    {
        ArgumentNullException.ThrowIfNull(brand);
        // Compiling a catalog of one brand is what registration does for all of them; it throws on a query that does
        // not parse, which the caller has validated before (BrandConfigValidator).
        catalog = new BrandCatalog(0, [brand]);
        brandId = brand.Id;
        this.sentiment = sentiment ?? SentimentAnalyzer.Shared;
    }

    /// <summary>Reads one post; <paramref name="metadata"/> carries what the query's field filters test.</summary>
    public PostReading Read(string text, in PostMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = LanguageDetector.Detect(text, metadata.Lang);
        var ownPost = IsOwnPost(metadata);
        // The query's lang: filter sees the declared language, else the detected one, as in the engine.
        var isMatched = !ownPost && Matches(text, metadata with { Lang = metadata.Lang ?? LanguageDetector.CodeOf(language) });
        var cues = SentimentCues.None;
        var score = ownPost ? 0 : sentiment.Score(text, language, out cues);
        var taxonomy = catalog.TopicsOf(brandId);
        return new PostReading(
            isMatched,
            ownPost,
            language,
            score,
            taxonomy.Names(taxonomy.Match(text)),
            ownPost ? PostIntent.None : IntentsFor(text, score),
            cues);
    }

    /// <summary>The post's intents for this brand, as the pipeline reads them (<see cref="IntentDetector.ForBrand"/>).</summary>
    private PostIntent IntentsFor(string text, double score)
    {
        var intents = IntentDetector.Shared.Detect(text, score, out var leaveOpener);
        return catalog.Find(brandId) is { } brand ? IntentDetector.ForBrand(intents, score, leaveOpener, text, brand) : intents;
    }

    /// <summary>The author is one of the brand's own accounts on that platform.</summary>
    public bool IsOwnPost(in PostMetadata metadata) => catalog.TryGetOwner(metadata.Platform, metadata.AuthorHandle, out _);

    /// <summary>
    /// Whether the brand's matcher takes a customer post, and nothing else: what a backtest over thousands of kept
    /// posts needs. <paramref name="metadata"/>'s language is used as given.
    /// </summary>
    public bool Matches(string text, in PostMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        matched.Clear();
        catalog.Match(text, metadata, matched);
        return matched.Count > 0;
    }
}
