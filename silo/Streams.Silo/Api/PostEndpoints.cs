using System.Security.Claims;
using Streams.Abstractions.Pipeline;
using Streams.Abstractions.Posts;
using Streams.Grains.Pipeline;
using Microsoft.Extensions.Options;
using Streams.Silo.Brands;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

public static class PostEndpoints
{
    public static void MapPostEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/posts/{id}", GetAsync).WithSummary("A post: brands, sentiment, virality, answers, escalations")
            .WithDescription("A brand-scoped key sees the post only when it is about (or by) one of its brands, and then only those brands' answers and escalations.")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces<PostView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/posts/{id}/not-about-us", NotAboutUsAsync)
            .WithSummary("Report that a post matched to a brand is not about it")
            .WithDescription("Body: {\"brandId\":\"...\"}. The brand's matcher learns the post's distinctive context words and excludes look-alikes from then on; answers the words learned.")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy);
        api.MapPost("/posts/{id}/answer", AnswerAsync)
            .WithSummary("Mark a post answered on another channel")
            .WithDescription("Body (optional): {\"brandId\":\"...\",\"at\":\"ISO-8601\"}. Without brandId, every brand the post is about that the key may read; without at, the stream's current event time.")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces<AnswerResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(string id, IGrainFactory grains, IOptions<PipelineOptions> options, ClaimsPrincipal user)
    {
        var post = await PartitionOf(id, grains, options).GetPostAsync(id);
        if (post is null)
        {
            return UnknownPost(id);
        }
        var scope = BrandScope.Of(user);
        return ScopedPostView.For(post, scope) is { } visible
            ? Results.Ok(visible)
            : Problems.Forbidden("Post not in this key's scope", $"Post '{id}' is not about any brand this API key may read.");
    }

    private static async Task<IResult> NotAboutUsAsync(
        string id, NotAboutUsRequest? request, IGrainFactory grains, IOptions<PipelineOptions> options, BrandService brands, ClaimsPrincipal user)
    {
        if (request?.BrandId is not { Length: > 0 } brandId)
        {
            return Problems.BadRequest("Missing brand", "Send {\"brandId\":\"...\"}: which brand the post is not about.");
        }
        if (!BrandScope.Of(user).Allows(brandId))
        {
            return Problems.NotYourBrand(brandId);
        }
        var post = await PartitionOf(id, grains, options).GetPostAsync(id);
        if (post is not { Seen: true, Text: { } text })
        {
            return UnknownPost(id);
        }
        if (!post.Brands.Contains(brandId))
        {
            return Problems.BadRequest("Not matched to this brand", $"Post '{id}' was not matched to brand '{brandId}'.");
        }
        var learned = await brands.LearnNotAboutUsAsync(brandId, text);
        return learned is null
            ? Problems.NotFound("Unknown brand", $"No brand with id '{brandId}' is registered.")
            : Results.Ok(new NotAboutUsResponse(id, brandId, learned));
    }

    private static async Task<IResult> AnswerAsync(string id, AnswerRequest? request, IGrainFactory grains, IOptions<PipelineOptions> options, ClaimsPrincipal user)
    {
        var scope = BrandScope.Of(user);
        var partition = PartitionOf(id, grains, options);
        var at = request?.At?.UtcDateTime;
        if (request?.BrandId is { } brandId && !scope.Allows(brandId))
        {
            return Problems.NotYourBrand(brandId);
        }
        if (request?.BrandId is not null || scope.EveryBrand)
        {
            return Outcome(id, request?.BrandId, await partition.MarkAnsweredAsync(id, request?.BrandId, at));
        }

        // A brand-scoped key without brandId answers for its own brands only, never for the others
        // the post is about.
        var post = await partition.GetPostAsync(id);
        if (post is null)
        {
            return UnknownPost(id);
        }
        var mine = post.Brands.Where(scope.Allows).ToArray();
        if (mine.Length == 0)
        {
            return Problems.Forbidden("Post not in this key's scope", $"Post '{id}' is not about any brand this API key may read.");
        }
        var answered = false;
        foreach (var brand in mine)
        {
            answered |= await partition.MarkAnsweredAsync(id, brand, at) == AnswerOutcome.Answered;
        }
        return Results.Ok(new AnswerResponse(id, answered ? "answered" : "already answered"));
    }

    private static IResult Outcome(string id, string? brandId, AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Answered => Results.Ok(new AnswerResponse(id, "answered")),
        AnswerOutcome.AlreadyAnswered => Results.Ok(new AnswerResponse(id, "already answered")),
        AnswerOutcome.UnknownPost => UnknownPost(id),
        _ => Problems.BadRequest("Not about this brand", brandId is { } b
            ? $"Post '{id}' is not about brand '{b}'."
            : $"Post '{id}' is not about any registered brand."),
    };

    private static IResult UnknownPost(string id) => Problems.NotFound("Unknown post", $"No post with id '{id}' has been seen.");

    private static IPostPartitionGrain PartitionOf(string postId, IGrainFactory grains, IOptions<PipelineOptions> options) =>
        grains.GetGrain<IPostPartitionGrain>(PartitionMap.PartitionOf(postId, options.Value.Partitions));
}
