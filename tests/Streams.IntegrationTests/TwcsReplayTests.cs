using System.Globalization;
using System.Text.RegularExpressions;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Client.Twcs;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary>
/// Replays the real Customer Support on Twitter slice and checks each brand's response rate and
/// first-response times against a direct computation on the CSV.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class TwcsReplayTests(StreamsCluster cluster)
{
    [Fact]
    public async Task Response_rate_and_first_response_times_match_a_direct_computation_on_the_csv()
    {
        var rows = TwcsReader.ReadFile(DataFiles.Path("conversations", "twcs_first5000.csv"));
        Assert.Equal(5_000, rows.Count);
        foreach (var registration in TwcsConverter.BrandRegistrations(rows))
        {
            await cluster.RegisterBrandAsync(new BrandConfig(
                registration.Id, registration.Name,
                [new BrandHandle(Platform.Unknown, registration.Handles[0].Handle)],
                [], [], registration.ResponseTargetMinutes, EscalationSettings.Default));
        }
        var lines = TwcsConverter.SortForReplay(rows).Select(TwcsConverter.ToNdjsonLine);
        Assert.Equal(5_000, await cluster.IngestAsync(FirehoseScript.Join(lines)));
        await cluster.WaitSettledAsync(TimeSpan.FromSeconds(60));

        var expected = Expected(rows);
        Assert.True(expected.Count > 20, "the slice should mention many brands");
        Assert.True(expected.Values.Sum(e => e.Mentions) > 2_000);
        foreach (var (brandId, want) in expected)
        {
            var stats = await cluster.StatsAsync(brandId);
            Assert.True(want.Mentions == stats.MentionCount, $"{brandId}: mentions {stats.MentionCount}, expected {want.Mentions}");
            Assert.True(want.Answered.Count == stats.AnsweredCount, $"{brandId}: answered {stats.AnsweredCount}, expected {want.Answered.Count}");
            Assert.Equal(NearestRank(want.Answered, 0.5), stats.FirstResponseP50Seconds);
            Assert.Equal(NearestRank(want.Answered, 0.9), stats.FirstResponseP90Seconds);
        }
    }

    /// <summary>
    /// The straightforward computation: a customer tweet is about a brand when it @mentions the
    /// brand's account or names it as a whole word; it is answered when a tweet by that account is anywhere below it in the reply
    /// chain (through tweets present in the file); the first-response time is the earliest such reply.
    /// </summary>
    private static Dictionary<string, (int Mentions, List<double> Answered)> Expected(IReadOnlyList<TwcsRow> rows)
    {
        var brands = rows.Where(r => !r.Inbound).Select(r => r.AuthorId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byId = rows.ToDictionary(r => r.TweetId);
        // Earliest reply by each brand account anywhere below each tweet.
        var earliest = new Dictionary<(string Tweet, string Brand), DateTime>();
        foreach (var reply in rows.Where(r => !r.Inbound))
        {
            var parent = reply.InResponseToTweetId;
            var guard = 0;
            while (parent is not null && byId.TryGetValue(parent, out var ancestor) && guard++ < 1_000)
            {
                var key = (ancestor.TweetId, reply.AuthorId.ToLowerInvariant());
                if (!earliest.TryGetValue(key, out var known) || reply.CreatedAt < known)
                {
                    earliest[key] = reply.CreatedAt;
                }
                parent = ancestor.InResponseToTweetId;
            }
        }
        var result = new Dictionary<string, (int Mentions, List<double> Answered)>(StringComparer.Ordinal);
        foreach (var tweet in rows.Where(r => r.Inbound))
        {
            // The documented matching rule: the brand's @handle, or its name as a whole word
            // (TWCS brands are named after their account, so both look for the same word).
            var words = WordPattern().Matches(tweet.Text).Select(m => m.Value.TrimStart('@'));
            var mentioned = words
                .Where(brands.Contains)
                .Select(h => h.ToLowerInvariant())
                .Distinct();
            foreach (var brandId in mentioned)
            {
                var entry = result.TryGetValue(brandId, out var e) ? e : (Mentions: 0, Answered: new List<double>());
                entry.Mentions++;
                if (earliest.TryGetValue((tweet.TweetId, brandId), out var answeredAt))
                {
                    entry.Answered.Add(Math.Max(0, (answeredAt - tweet.CreatedAt).TotalSeconds));
                }
                result[brandId] = entry;
            }
        }
        return result;
    }

    private static double? NearestRank(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
    }

    // Whole words (letters and digits, underscores inside handles), with an optional leading '@'.
    [GeneratedRegex(@"@?[\p{L}\p{Nd}_]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
