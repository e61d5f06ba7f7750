using System.Text.RegularExpressions;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching;
using Xunit;

namespace Streams.UnitTests.Matching;

/// <summary>
/// Real customer tweets from the Kaggle "Customer Support on Twitter" slice: every brand account in it registered
/// by handle, then each tweet's matches compared with an independent, regex-based reading of the mention rule.
/// </summary>
public sealed class BrandMatcherRealTweetsTests
{
    [Fact]
    public void Mentions_in_real_tweets_match_the_brand_accounts()
    {
        var rows = Streams.Client.Csv.CsvRecords.Read(SharedDataFiles.PathTo("conversations", "twcs_first5000.csv")).Skip(1).ToList();
        Assert.True(rows.Count >= 4_900, $"only {rows.Count} rows read");
        var accounts = rows.Where(r => r[2] == "False").Select(r => r[1]).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        Assert.True(accounts.Count > 20, $"only {accounts.Count} brand accounts");

        // Names no tweet contains, so only rule 1 (mentions) and hashtags of handles can fire.
        var matcher = BrandMatcher.Compile(accounts.Select((a, i) => BrandMatcherTests.Brand(a, $"Qxv{i}zz", null, new BrandHandle(Platform.Twitter, a))));
        var oracles = accounts.Select(a => new Regex(
            $@"(?<![A-Za-z0-9_])@{Regex.Escape(a)}(?![A-Za-z0-9_]|\.[A-Za-z0-9_])|(?<![\p{{L}}\p{{N}}_])#{Regex.Escape(a)}(?![\p{{L}}\p{{N}}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();

        var matchedTweets = 0;
        var ids = new List<string>();
        foreach (var row in rows.Where(r => r[2] == "True"))
        {
            var text = row[4];
            var expected = accounts.Where((_, i) => oracles[i].IsMatch(text)).ToList();
            ids.Clear();
            matcher.Match(text, ids);
            Assert.True(expected.SequenceEqual(ids), $"tweet {row[0]}: expected [{string.Join(",", expected)}] got [{string.Join(",", ids)}]: {text}");
            matchedTweets += ids.Count > 0 ? 1 : 0;
        }
        Assert.True(matchedTweets > 1_500, $"only {matchedTweets} tweets matched a brand");
    }
}
