using Streams.Abstractions.Events;
using Streams.Domain.Aggregation;
using Streams.Domain.Brands;
using Streams.Domain.Ingest;
using Streams.Domain.Matching.Query;
using Streams.Domain.Text;
using Streams.Silo.Brands;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

/// <summary>
/// <c>POST /api/brands/preview</c>: tries a brand's query and topics on sample posts before the brand is registered.
/// Writing a query for a brand whose name is a common word takes a few rounds; each round should not have to go live
/// and wait for traffic. Nothing is registered, stored or counted.
/// </summary>
public static class BrandPreviewEndpoints
{
    /// <summary>The most sample posts one preview reads: enough for a query's test set, small enough to answer at once.</summary>
    public const int MaxPosts = 1_000;

    private const int MaxErrors = 50;

    public static void MapBrandPreviewEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/brands/preview", Preview)
            .WithSummary("Try a brand's query and topics on sample posts, without registering it")
            .WithDescription("Body: {\"brand\": <as POST /api/brands>, \"posts\": [{\"text\",\"lang\",\"platform\",\"region\",\"author\":{\"handle\",\"followers\",\"verified\"}}]}. "
                + "Answers, per post, whether the brand's matcher takes it, its language, sentiment (before the brand's priors) with the care rules behind it, topics and intents. "
                + "A brand that would be refused at registration is refused here with the same errors.")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces<BrandPreviewResponse>()
            .ProducesValidationProblem();
    }

    private static IResult Preview(BrandPreviewRequest? request)
    {
        if (request?.Brand is null)
        {
            return Problems.BadRequest("Missing brand", "Send {\"brand\": {...}, \"posts\": [...]}: the brand as POST /api/brands takes it.");
        }
        var errors = new List<string>();
        var brand = BrandRequestMapper.TryMap(request.Brand, out var brandErrors);
        errors.AddRange(brandErrors.Select(e => "brand: " + e));
        var posts = request.Posts ?? [];
        if (posts.Length == 0)
        {
            errors.Add("posts: send at least one sample post");
        }
        else if (posts.Length > MaxPosts)
        {
            errors.Add($"posts: {posts.Length:N0} sample posts; at most {MaxPosts:N0} per preview");
        }
        else
        {
            for (var i = 0; i < posts.Length && errors.Count < MaxErrors; i++)
            {
                if (Validate(posts[i]) is { } error)
                {
                    errors.Add($"posts[{i}]: {error}");
                }
            }
        }
        if (brand is null || errors.Count > 0)
        {
            return Problems.Invalid("Invalid preview; no post was read", errors);
        }

        var preview = new BrandPreview(brand);
        var results = new PostPreviewResponse[posts.Length];
        for (var i = 0; i < posts.Length; i++)
        {
            var post = posts[i]!;
            PlatformNames.TryParse(post.Platform ?? "twitter", out var platform);
            var metadata = new PostMetadata(
                string.IsNullOrWhiteSpace(post.Lang) ? null : post.Lang, post.Region, platform,
                post.Author?.Handle, post.Author?.Followers ?? 0, post.Author?.Verified ?? false);
            var reading = preview.Read(post.Text!, metadata);
            results[i] = new PostPreviewResponse(
                i,
                reading.Matched,
                reading.OwnPost,
                reading.Language.ToString().ToLowerInvariant(),
                Math.Round(reading.Sentiment, 3),
                LabelOf(reading.Sentiment),
                reading.Topics,
                WireNames<PostIntent>.Set(reading.Intents),
                WireNames<SentimentCues>.Set(reading.SentimentCues));
        }
        return Results.Ok(new BrandPreviewResponse(brand.Id, results.Count(r => r.Matched), results));
    }

    /// <summary>Why a sample post cannot be read, or null: the same bounds as ingest, where they apply.</summary>
    private static string? Validate(PreviewPostRequest? post)
    {
        if (post is null)
        {
            return "null instead of a post object";
        }
        if (post.Text is null)
        {
            return "missing field 'text'";
        }
        if (post.Text.Length > IngestLimits.Default.MaxTextLength)
        {
            return $"field 'text' is {post.Text.Length:N0} characters; at most {IngestLimits.Default.MaxTextLength:N0}";
        }
        if (post.Platform is not null && !PlatformNames.TryParse(post.Platform, out _))
        {
            return $"field 'platform' is '{post.Platform}', not one of {string.Join(", ", PlatformNames.All)}";
        }
        if (post.Author?.Followers is < 0)
        {
            return $"field 'author.followers' is {post.Author.Followers}; it cannot be negative";
        }
        return null;
    }

    private static string LabelOf(double sentiment) =>
        sentiment <= SentimentMix.DefaultNegativeThreshold ? "negative"
        : sentiment >= SentimentMix.DefaultPositiveThreshold ? "positive"
        : "neutral";
}
