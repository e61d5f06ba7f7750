using Xunit;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Streams.Client.Generation;

namespace Streams.UnitTests.Client;

public sealed class FirehoseGeneratorTests
{
    private static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    // Two hours of event time at 20 events/s: long enough for brand replies (2-90 min) and bursts to play out.
    private static readonly Lazy<GeneratedRun> Run = new(() => GeneratedRun.Create(Options(seed: 42, rate: 20, seconds: 7_200, brands: 30, authors: 5_000)));

    [Fact]
    public void The_same_seed_gives_identical_output()
    {
        var options = Options(seed: 7, rate: 200, seconds: 120, brands: 12, authors: 2_000);
        Assert.Equal(Generate(options), Generate(options));
    }

    [Fact]
    public void A_different_seed_gives_different_output()
    {
        var a = Generate(Options(seed: 7, rate: 200, seconds: 60, brands: 12, authors: 2_000));
        var b = Generate(Options(seed: 8, rate: 200, seconds: 60, brands: 12, authors: 2_000));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Writes_exactly_rate_times_duration_lines()
    {
        Assert.Equal(144_000, Run.Value.Events.Count);
    }

    [Fact]
    public void Every_line_follows_the_contract_and_references_earlier_posts()
    {
        var seenPosts = new HashSet<string>();
        var seenReposts = new HashSet<string>();
        foreach (var e in Run.Value.Events)
        {
            var root = e.Root;
            Assert.True(root.GetProperty("createdAt").TryGetDateTimeOffset(out _));
            Assert.False(string.IsNullOrEmpty(root.GetProperty("author").GetProperty("id").GetString()));
            switch (e.Kind)
            {
                case "post":
                    Assert.Equal("twitter", root.GetProperty("platform").GetString());
                    Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("text").GetString()));
                    Assert.Contains(root.GetProperty("lang").GetString(), new[] { "en", "fr" });
                    var author = root.GetProperty("author");
                    Assert.False(string.IsNullOrEmpty(author.GetProperty("handle").GetString()));
                    Assert.True(author.GetProperty("followers").GetInt64() >= 0);
                    if (root.TryGetProperty("inReplyTo", out var inReplyTo))
                    {
                        Assert.Contains(inReplyTo.GetString()!, seenPosts);
                    }
                    if (root.TryGetProperty("quoteOf", out var quoteOf))
                    {
                        Assert.Contains(quoteOf.GetString()!, seenPosts);
                    }
                    Assert.True(seenPosts.Add(root.GetProperty("id").GetString()!), "post ids are unique");
                    break;
                case "repost":
                    Assert.Contains(root.GetProperty("postId").GetString()!, seenPosts);
                    Assert.True(seenReposts.Add(root.GetProperty("id").GetString()!), "repost ids are unique");
                    Assert.True(root.GetProperty("author").GetProperty("followers").GetInt64() >= 0);
                    break;
                case "like":
                    Assert.Contains(root.GetProperty("postId").GetString()!, seenPosts);
                    break;
                default:
                    Assert.Fail("unexpected kind " + e.Kind);
                    break;
            }
        }
    }

    [Fact]
    public void Created_at_starts_at_start_and_advances_by_one_over_rate()
    {
        var events = Run.Value.Events;
        for (int i = 0; i < events.Count; i++)
        {
            var createdAt = events[i].Root.GetProperty("createdAt").GetDateTimeOffset().UtcDateTime;
            Assert.Equal(Start.AddTicks(i * TimeSpan.TicksPerSecond / 20), createdAt);
        }
    }

    [Fact]
    public void Kinds_mix_roughly_a_quarter_posts_a_quarter_reposts_half_likes()
    {
        var events = Run.Value.Events;
        double total = events.Count;
        double customerPosts = Run.Value.CustomerPosts.Count;
        double reposts = events.Count(e => e.Kind == "repost");
        double likes = events.Count(e => e.Kind == "like");
        Assert.InRange(customerPosts / total, 0.20, 0.27);
        Assert.InRange(reposts / total, 0.22, 0.32);
        Assert.InRange(likes / total, 0.42, 0.52);
        double replies = Run.Value.CustomerPosts.Count(e => e.Root.TryGetProperty("inReplyTo", out _));
        double quotes = Run.Value.CustomerPosts.Count(e => e.Root.TryGetProperty("quoteOf", out _));
        Assert.InRange(replies / customerPosts, 0.17, 0.23);
        Assert.InRange(quotes / customerPosts, 0.035, 0.065);
    }

    [Fact]
    public void About_thirty_percent_of_customer_posts_are_negative_and_a_quarter_french()
    {
        var posts = Run.Value.CustomerPosts;
        double negative = posts.Count(post => TemplateSentiment.Of(post) == Sentiment.Negative);
        double positive = posts.Count(post => TemplateSentiment.Of(post) == Sentiment.Positive);
        double french = posts.Count(post => post.Root.GetProperty("lang").GetString() == "fr");
        Assert.InRange(negative / posts.Count, 0.27, 0.33);
        Assert.InRange(positive / posts.Count, 0.17, 0.23);
        Assert.InRange(french / posts.Count, 0.20, 0.30);
    }

    [Fact]
    public void Most_posts_tag_the_brand_handle_and_the_rest_name_it()
    {
        var brands = Run.Value.Generator.Brands;
        var handles = brands.Select(brand => "@" + brand.Handles[0].Handle).ToArray();
        var names = brands.SelectMany(brand => brand.Aliases.Append(brand.Name)).ToArray();
        double tagged = 0;
        foreach (var post in Run.Value.CustomerPosts)
        {
            string text = post.Root.GetProperty("text").GetString()!;
            bool hasHandle = handles.Any(handle => text.Contains(handle, StringComparison.Ordinal));
            tagged += hasHandle ? 1 : 0;
            Assert.True(hasHandle || names.Any(name => text.Contains(name, StringComparison.Ordinal)), "every customer post mentions a brand: " + text);
        }
        Assert.InRange(tagged / Run.Value.CustomerPosts.Count, 0.66, 0.74);
    }

    [Fact]
    public void Author_activity_is_heavy_tailed()
    {
        var postsPerAuthor = Run.Value.CustomerPosts
            .GroupBy(post => post.Root.GetProperty("author").GetProperty("id").GetString())
            .Select(group => group.Count())
            .OrderByDescending(count => count)
            .ToList();
        int topOnePercent = 5_000 / 100;
        double share = postsPerAuthor.Take(topOnePercent).Sum() / (double)Run.Value.CustomerPosts.Count;
        // Uniform activity would give the top 1% about 1-2%; Zipf(1.1) over 5,000 authors gives about 60%.
        Assert.InRange(share, 0.45, 0.75);
    }

    [Fact]
    public void Followers_are_heavy_tailed_with_a_median_in_the_hundreds()
    {
        var followers = Run.Value.Events
            .Where(e => e.Kind == "repost")
            .Select(e => (Id: e.Root.GetProperty("author").GetProperty("id").GetString()!, Followers: e.Root.GetProperty("author").GetProperty("followers").GetInt64()))
            .DistinctBy(author => author.Id)
            .Select(author => author.Followers)
            .Order()
            .ToList();
        long median = followers[followers.Count / 2];
        Assert.InRange(median, 150, 600);
        Assert.True(followers[^1] > 100 * median, "a few accounts are far bigger than the median");
    }

    [Fact]
    public void Brand_replies_come_from_brand_handles_and_answer_earlier_negative_posts_2_to_90_minutes_later()
    {
        var brandHandles = Run.Value.Generator.Brands.Select(brand => brand.Handles[0].Handle).ToHashSet();
        var postsById = Run.Value.Events.Where(e => e.Kind == "post").ToDictionary(e => e.Root.GetProperty("id").GetString()!);
        var brandReplies = Run.Value.Events.Where(e => e.Kind == "post" && brandHandles.Contains(e.Root.GetProperty("author").GetProperty("handle").GetString()!)).ToList();
        Assert.NotEmpty(brandReplies);
        foreach (var reply in brandReplies)
        {
            var answered = postsById[reply.Root.GetProperty("inReplyTo").GetString()!];
            Assert.True(answered.Index < reply.Index);
            Assert.Equal(Sentiment.Negative, TemplateSentiment.Of(answered));
            Assert.DoesNotContain(answered.Root.GetProperty("author").GetProperty("handle").GetString()!, brandHandles);
            var delay = reply.Root.GetProperty("createdAt").GetDateTimeOffset() - answered.Root.GetProperty("createdAt").GetDateTimeOffset();
            Assert.InRange(delay.TotalMinutes, 2.0, 92.0);
            Assert.Contains("@" + answered.Root.GetProperty("author").GetProperty("handle").GetString(), reply.Root.GetProperty("text").GetString()!, StringComparison.Ordinal);
        }

        // Among complaints early enough for any answer to fall inside the run, about 60% are answered.
        var answeredIds = brandReplies.Select(reply => reply.Root.GetProperty("inReplyTo").GetString()!).ToHashSet();
        var earlyComplaints = Run.Value.CustomerPosts
            .Where(post => post.Index < Run.Value.Events.Count / 2 && TemplateSentiment.Of(post) == Sentiment.Negative)
            .ToList();
        double answeredShare = earlyComplaints.Count(post => answeredIds.Contains(post.Root.GetProperty("id").GetString()!)) / (double)earlyComplaints.Count;
        Assert.InRange(answeredShare, 0.54, 0.66);
    }

    [Fact]
    public void Some_complaints_by_influential_authors_get_a_burst_of_reposts()
    {
        var repostsPerPost = Run.Value.Events.Where(e => e.Kind == "repost")
            .GroupBy(e => e.Root.GetProperty("postId").GetString()!)
            .ToDictionary(group => group.Key, group => group.Count());
        var burstComplaints = Run.Value.CustomerPosts
            .Where(post => TemplateSentiment.Of(post) == Sentiment.Negative
                           && post.Root.GetProperty("author").GetProperty("followers").GetInt64() >= 20_000
                           && repostsPerPost.GetValueOrDefault(post.Root.GetProperty("id").GetString()!) >= 30)
            .ToList();
        Assert.NotEmpty(burstComplaints);
        // Bursts stay the exception: most posts get few or no reposts.
        double quiet = Run.Value.CustomerPosts.Count(post => repostsPerPost.GetValueOrDefault(post.Root.GetProperty("id").GetString()!) < 5);
        Assert.True(quiet / Run.Value.CustomerPosts.Count > 0.6);
    }

    [Fact]
    public void Brands_have_invented_names_a_twitter_handle_and_aliases()
    {
        var brands = new FirehoseGenerator(Options(seed: 3, rate: 10, seconds: 1, brands: 1_000, authors: 10)).Brands;
        Assert.Equal(1_000, brands.Count);
        Assert.Equal(1_000, brands.Select(brand => brand.Id).Distinct().Count());
        Assert.Equal(1_000, brands.Select(brand => brand.Handles[0].Handle.ToLowerInvariant()).Distinct().Count());
        Assert.All(brands, brand =>
        {
            Assert.Matches("^[A-Z][a-z]+[0-9x]*$", brand.Name);
            Assert.Equal("twitter", Assert.Single(brand.Handles).Platform);
            Assert.InRange(brand.Aliases.Count, 1, 2);
            Assert.NotEmpty(brand.Languages);
        });
    }

    [Fact]
    public void Write_next_stops_after_the_last_event()
    {
        var generator = new FirehoseGenerator(Options(seed: 1, rate: 10, seconds: 2, brands: 2, authors: 5));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        int lines = 0;
        while (generator.WriteNext(buffer))
        {
            lines++;
        }
        Assert.Equal(20, lines);
        Assert.True(generator.IsFinished);
        Assert.False(generator.WriteNext(buffer));
        Assert.Equal(20, Encoding.UTF8.GetString(buffer.WrittenSpan).Count(c => c == '\n'));
    }

    internal static FirehoseOptions Options(ulong seed, int rate, double seconds, int brands, int authors) => new()
    {
        Rate = rate,
        DurationSeconds = seconds,
        Brands = brands,
        Authors = authors,
        Seed = seed,
        Start = Start,
    };

    private static byte[] Generate(FirehoseOptions options)
    {
        using var stream = new MemoryStream();
        new FirehoseGenerator(options).WriteTo(stream);
        return stream.ToArray();
    }
}
