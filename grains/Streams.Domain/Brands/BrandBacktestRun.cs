using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Abstractions.Posts;
using Streams.Domain.Matching.Query;
using Streams.Domain.Posts;
using Streams.Domain.Text;

namespace Streams.Domain.Brands;

/// <summary>
/// Runs a draft brand's matcher over the customer posts a partition keeps and compares it with what the live
/// matcher decided when they arrived. Editing a query is a trade between catching more and catching junk; the posts
/// an edit would add and drop are what tells which side it falls on, on real traffic rather than hand-picked samples.
/// </summary>
/// <remarks>
/// A kept post has lost two things the live matcher saw: its region (a <c>region:</c> filter matches nothing here)
/// and its declared language (the language the pipeline settled on stands in, so <c>lang:es</c> matches nothing:
/// other languages are kept as "other"). Texts are kept up to <see cref="PostRecord.MaxKeptTextLength"/> characters.
/// </remarks>
public static class BrandBacktestRun
{
    /// <summary>Sample texts are cut to this length: enough to judge a match, small enough for a list of them.</summary>
    public const int SampleTextLength = 280;

    public static BrandBacktest Run(BrandConfig draft, IEnumerable<PostRecord> posts, int maxPosts, int maxSamples)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPosts);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSamples);
        var preview = new BrandPreview(draft);
        // Newest first, ties by id, so the same posts give the same answer in every partition and every run.
        var newest = posts
            .Where(p => p.Seen && p.OwnerBrand is null && p.Text is not null)
            .OrderByDescending(p => p.CreatedAt)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(maxPosts);
        int scanned = 0, matched = 0, matchedLive = 0, added = 0, dropped = 0;
        DateTime? oldest = null, newestAt = null;
        var addedSamples = new List<BacktestPost>();
        var droppedSamples = new List<BacktestPost>();
        foreach (var post in newest)
        {
            scanned++;
            newestAt ??= post.CreatedAt;
            oldest = post.CreatedAt;
            var author = post.Author;
            var metadata = new PostMetadata(
                LanguageDetector.CodeOf(post.Language), null, post.Platform, author?.Handle ?? author?.Id, author?.Followers ?? 0, author?.Verified ?? false);
            if (preview.IsOwnPost(metadata))
            {
                continue; // The draft adds a handle this author posts from: their posts become the brand's own.
            }
            var isMatched = preview.Matches(post.Text!, metadata);
            var wasMatched = post.Brands.Contains(draft.Id);
            matched += isMatched ? 1 : 0;
            matchedLive += wasMatched ? 1 : 0;
            if (isMatched && !wasMatched)
            {
                added++;
                if (addedSamples.Count < maxSamples)
                {
                    addedSamples.Add(Sample(post));
                }
            }
            else if (!isMatched && wasMatched)
            {
                dropped++;
                if (droppedSamples.Count < maxSamples)
                {
                    droppedSamples.Add(Sample(post));
                }
            }
        }
        return new BrandBacktest(scanned, matched, matchedLive, added, dropped, oldest, newestAt, addedSamples, droppedSamples);
    }

    private static BacktestPost Sample(PostRecord post) => new(
        post.Id,
        post.CreatedAt,
        post.Author?.Handle,
        PlatformNames.ToWire(post.Platform),
        post.Language.ToString().ToLowerInvariant(),
        post.Text!.Length > SampleTextLength ? post.Text[..(SampleTextLength - 1)] + "…" : post.Text);
}
