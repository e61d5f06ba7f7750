using Streams.Abstractions.Pipeline;
using Streams.Abstractions.Posts;
using Streams.Grains.Pipeline;
using Microsoft.Extensions.Options;

namespace Streams.Silo.Api;

public static class PostEndpoints
{
    public static void MapPostEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/posts/{id}", GetAsync).WithSummary("A post: brands, sentiment, virality, answers, escalations");
        api.MapPost("/posts/{id}/answer", AnswerAsync)
            .WithSummary("Mark a post answered on another channel")
            .WithDescription("Body (optional): {\"brandId\":\"...\",\"at\":\"ISO-8601\"}. Without brandId, every brand the post is about; without at, the stream's current event time.");
    }

    private static async Task<IResult> GetAsync(string id, IGrainFactory grains, IOptions<PipelineOptions> options)
    {
        var post = await PartitionOf(id, grains, options).GetPostAsync(id);
        return post is null ? Problems.NotFound("Unknown post", $"No post with id '{id}' has been seen.") : Results.Ok(post);
    }

    private static async Task<IResult> AnswerAsync(string id, AnswerRequest? request, IGrainFactory grains, IOptions<PipelineOptions> options)
    {
        var at = request?.At?.UtcDateTime;
        var outcome = await PartitionOf(id, grains, options).MarkAnsweredAsync(id, request?.BrandId, at);
        return outcome switch
        {
            AnswerOutcome.Answered => Results.Ok(new AnswerResponse(id, "answered")),
            AnswerOutcome.AlreadyAnswered => Results.Ok(new AnswerResponse(id, "already answered")),
            AnswerOutcome.UnknownPost => Problems.NotFound("Unknown post", $"No post with id '{id}' has been seen."),
            _ => Problems.BadRequest("Not about this brand", request?.BrandId is { } b
                ? $"Post '{id}' is not about brand '{b}'."
                : $"Post '{id}' is not about any registered brand."),
        };
    }

    private static IPostPartitionGrain PartitionOf(string postId, IGrainFactory grains, IOptions<PipelineOptions> options) =>
        grains.GetGrain<IPostPartitionGrain>(PartitionMap.PartitionOf(postId, options.Value.Partitions));
}
