using System.Security.Claims;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Escalations;
using Streams.Abstractions.Pipeline;
using Streams.Abstractions.Posts;
using Streams.Domain.Aggregation;
using Streams.Grains.Pipeline;
using Streams.Silo.Brands;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

/// <summary>
/// The brand dashboard's read model, composed from existing grain calls (brand stats, open
/// escalations, the posts and authors they name) so the page needs one request per refresh.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>The page shows this many open escalations; each costs a post and an author lookup.</summary>
    private const int MaxEscalations = 50;

    public static void MapDashboardEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/brands/{id}/dashboard", GetAsync)
            .WithSummary("The brand dashboard in one read: live aggregates, open escalations with author and age, fastest-spreading and positive posts")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces<BrandDashboardResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(string id, BrandService brands, IGrainFactory grains, IOptions<PipelineOptions> options, ClaimsPrincipal user)
    {
        if (!BrandScope.Of(user).Allows(id))
        {
            return Problems.NotYourBrand(id);
        }
        var brand = await brands.FindAsync(id);
        if (brand is null)
        {
            return Problems.NotFound("Unknown brand", $"No brand with id '{id}' is registered.");
        }
        var brandGrain = grains.GetGrain<IBrandGrain>(id);
        var statsTask = brandGrain.GetStatsAsync();
        var openTask = brandGrain.GetEscalationsAsync(EscalationStatus.Open, false);
        var stats = await statsTask;
        var open = (await openTask).Take(MaxEscalations).ToArray();
        var partitions = options.Value.Partitions;

        var escalations = Task.WhenAll(open.Select(e => DescribeAsync(e, stats.LastEventAt, grains, partitions)));
        var posts = await Task.WhenAll(stats.TopPosts.Select(p => DescribeAsync(p, grains, partitions)));
        var worthResharing = posts
            .Where(p => p.post.Sentiment >= SentimentMix.DefaultPositiveThreshold && p.post.Reshares > 0 && p.ownerBrand is null)
            .Select(p => p.post)
            .ToArray();
        return Results.Ok(new BrandDashboardResponse(
            BrandResponse.From(brand, stats),
            stats.LastEventAt,
            await escalations,
            posts.Select(p => p.post).ToArray(),
            worthResharing));
    }

    private static async Task<DashboardEscalation> DescribeAsync(Escalation escalation, DateTime? now, IGrainFactory grains, int partitions)
    {
        var postTask = PostAsync(escalation.PostId, grains, partitions);
        var author = await grains.GetGrain<ICustomerGrain>(escalation.AuthorId).GetProfileAsync();
        var post = await postTask;
        double? minutes = null;
        if (post?.CreatedAt is { } postedAt)
        {
            var until = now is { } n && n > escalation.RaisedAt ? n : escalation.RaisedAt;
            minutes = Math.Max(0, Math.Round((until - postedAt).TotalMinutes, 1));
        }
        return new DashboardEscalation(escalation, author?.Handle ?? post?.AuthorHandle, author?.Influence, post?.CreatedAt, minutes);
    }

    private static async Task<(DashboardPost post, string? ownerBrand)> DescribeAsync(TopPost top, IGrainFactory grains, int partitions)
    {
        var post = await PostAsync(top.PostId, grains, partitions);
        return (new DashboardPost(
            top.PostId,
            top.Text ?? post?.Text,
            post?.AuthorId,
            post?.AuthorHandle,
            post?.AuthorFollowers ?? 0,
            post?.Platform,
            Math.Round(top.Virality, 1),
            top.Reshares,
            top.Reach,
            post is null ? null : Math.Round(post.Sentiment, 3),
            post?.Answered ?? false), post?.OwnerBrand);
    }

    private static Task<PostView?> PostAsync(string postId, IGrainFactory grains, int partitions) =>
        grains.GetGrain<IPostPartitionGrain>(PartitionMap.PartitionOf(postId, partitions)).GetPostAsync(postId);
}
