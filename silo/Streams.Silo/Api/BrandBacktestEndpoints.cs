using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Posts;
using Streams.Grains.Pipeline;
using Streams.Silo.Brands;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

/// <summary>
/// <c>POST /api/brands/backtest</c>: runs a draft brand (a new query, more aliases) over the posts the partitions keep
/// and answers how many it would take, and which posts it would add to and drop from the live brand's mentions. The
/// preview endpoint tries hand-picked samples; this one tries the real traffic the brand would see.
/// </summary>
/// <remarks>
/// Admin only: it reads every kept post, whichever brands they are about. Each partition scans its newest posts in
/// one turn, between two batches, so the limit per partition bounds how long ingest waits on it (about 1-2 µs a post).
/// </remarks>
public static partial class BrandBacktestEndpoints
{
    public const int DefaultPostsPerPartition = 20_000;
    public const int MaxPostsPerPartition = 200_000;
    public const int DefaultSamples = 20;
    public const int MaxSamples = 200;

    public static void MapBrandBacktestEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/brands/backtest", BacktestAsync)
            .WithSummary("Run a draft brand over the posts already kept: what it would take, add and drop")
            .WithDescription($"Body: a brand as POST /api/brands takes it. Query: posts (per partition, newest first; default {DefaultPostsPerPartition:N0}, "
                + $"at most {MaxPostsPerPartition:N0}), samples (newest added and dropped posts listed; default {DefaultSamples}, at most {MaxSamples}). Nothing is registered.")
            .RequireAuthorization(StreamsSecurityExtensions.AdminPolicy)
            .Produces<BrandBacktestResponse>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> BacktestAsync(
        BrandRequest? request, int? posts, int? samples, IGrainFactory grains, IOptions<PipelineOptions> options, BrandService brands)
    {
        if (request is null)
        {
            return Problems.BadRequest("Missing body", "Send the brand as POST /api/brands takes it.");
        }
        var problems = new List<string>();
        var perPartition = posts ?? DefaultPostsPerPartition;
        var sampleCount = samples ?? DefaultSamples;
        if (perPartition is < 1 or > MaxPostsPerPartition)
        {
            problems.Add($"posts must be between 1 and {MaxPostsPerPartition:N0} (got {perPartition})");
        }
        if (sampleCount is < 0 or > MaxSamples)
        {
            problems.Add($"samples must be between 0 and {MaxSamples} (got {sampleCount})");
        }
        var draft = BrandRequestMapper.TryMap(request, out var errors);
        problems.AddRange(errors);
        if (draft is null || problems.Count > 0)
        {
            return Problems.Invalid("Invalid backtest", problems);
        }

        var partitions = await Task.WhenAll(Enumerable.Range(0, options.Value.Partitions)
            .Select(p => grains.GetGrain<IPostPartitionGrain>(p).BacktestAsync(draft, perPartition, sampleCount)));
        static IReadOnlyList<BacktestPost> Newest(IEnumerable<BacktestPost> all, int count) =>
            [.. all.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.PostId, StringComparer.Ordinal).Take(count)];
        return Results.Ok(new BrandBacktestResponse(
            draft.Id,
            await brands.FindAsync(draft.Id) is not null,
            partitions.Sum(p => p.Scanned),
            partitions.Sum(p => p.Matched),
            partitions.Sum(p => p.MatchedLive),
            partitions.Sum(p => p.Added),
            partitions.Sum(p => p.Dropped),
            partitions.Min(p => p.Oldest),
            partitions.Max(p => p.Newest),
            Newest(partitions.SelectMany(p => p.AddedSamples), sampleCount),
            Newest(partitions.SelectMany(p => p.DroppedSamples), sampleCount),
            NotesFor(draft.Query)));
    }

    /// <summary>What a kept post lacks that the query would test (see <c>BrandBacktestRun</c>).</summary>
    private static IReadOnlyList<string> NotesFor(string? query)
    {
        var notes = new List<string>();
        if (query is null)
        {
            return notes;
        }
        if (RegionFilter().IsMatch(query))
        {
            notes.Add("kept posts have no region: region: filters match none of them here, though they do on live traffic");
        }
        if (OtherLangFilter().IsMatch(query))
        {
            notes.Add("kept posts keep only en, fr or other as their language: lang: filters for other languages match none of them here");
        }
        return notes;
    }

    [GeneratedRegex(@"(^|[\s(-])region:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionFilter();

    [GeneratedRegex(@"(^|[\s(-])lang:(?!(en|fr)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherLangFilter();
}
