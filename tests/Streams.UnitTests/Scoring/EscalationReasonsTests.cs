using System.Globalization;
using Streams.Domain.Scoring;
using Xunit;

namespace Streams.UnitTests.Scoring;

public sealed class EscalationReasonsTests
{
    private static readonly DateTime At = new(2026, 11, 22, 10, 35, 0, DateTimeKind.Utc);

    private static IReadOnlyList<string> Build(
        int recent = 23, int total = 31, long reach = 1_300_000, long followers = 48_000, bool verified = false,
        double sentiment = -0.62, double minutes = 35, int target = 60, string[]? topics = null, bool churnThreat = false) =>
        EscalationReasons.Build(
            new SpreadSnapshot(At, 20, recent, total, reach, 70), followers, verified, sentiment, TimeSpan.FromMinutes(minutes), target, topics ?? [], churnThreat);

    [Fact]
    public void Reasons_read_as_sentences_most_telling_first() =>
        Assert.Equal(
            [
                "23 reshares in 10 minutes (31 in total)",
                "author has 48k followers",
                "reach 1.3M (author and resharers' followers)",
                "negative sentiment -0.62",
                "no answer for 35 minutes, target 60",
            ],
            Build());

    [Fact]
    public void A_churn_threat_and_the_topics_come_after_the_sentiment_and_before_the_clock() =>
        Assert.Equal(
            [
                "23 reshares in 10 minutes (31 in total)",
                "author has 48k followers",
                "reach 1.3M (author and resharers' followers)",
                "negative sentiment -0.62",
                "threatens to leave (churn threat)",
                "topics: delivery, returns-refunds",
                "no answer for 35 minutes, target 60",
            ],
            Build(topics: ["delivery", "returns-refunds"], churnThreat: true));

    [Fact]
    public void A_single_reshare_is_singular()
    {
        Assert.Equal("1 reshare in 10 minutes (1 in total)", Build(recent: 1, total: 1)[0]);
        Assert.Equal("1 reshare in total", Build(recent: 0, total: 1)[0]);
    }

    [Fact]
    public void Without_recent_reshares_only_the_total_is_given() =>
        Assert.Equal("12 reshares in total", Build(recent: 0, total: 12)[0]);

    [Fact]
    public void Verified_authors_are_flagged() =>
        Assert.Equal("author has 1.2M followers (verified)", Build(followers: 1_200_000, verified: true)[1]);

    [Theory]
    [InlineData(35, 60, "no answer for 35 minutes, target 60")]
    [InlineData(35.9, 60, "no answer for 35 minutes, target 60")]
    [InlineData(60, 60, "no answer for 60 minutes, target 60")]
    [InlineData(61, 60, "no answer for 61 minutes, past the 60-minute target")]
    [InlineData(95, 60, "no answer for 95 minutes, past the 60-minute target")]
    [InlineData(20, 15, "no answer for 20 minutes, past the 15-minute target")]
    [InlineData(-3, 60, "no answer for 0 minutes, target 60")]
    [InlineData(1.5, 60, "no answer for 1 minute, target 60")]
    [InlineData(1, 0, "no answer for 1 minute, past the 0-minute target")]
    public void Lateness_is_measured_against_the_target(double minutes, int target, string expected) =>
        Assert.Equal(expected, Build(minutes: minutes, target: target)[4]);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(950, "950")]
    [InlineData(999, "999")]
    [InlineData(1_000, "1k")]
    [InlineData(1_200, "1.2k")]
    [InlineData(1_249, "1.2k")]
    [InlineData(9_900, "9.9k")]
    [InlineData(48_000, "48k")]
    [InlineData(48_999, "48k")]
    [InlineData(999_999, "999k")]
    [InlineData(1_000_000, "1M")]
    [InlineData(1_300_000, "1.3M")]
    [InlineData(12_000_000, "12M")]
    [InlineData(12_900_000, "12M")]
    public void Compact_formats_counts_as_people_read_them(long value, string expected) =>
        Assert.Equal(expected, EscalationReasons.Compact(value));

    [Fact]
    public void Formatting_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("1.3M", EscalationReasons.Compact(1_300_000));
            var reasons = Build(followers: 1_200);
            Assert.Equal("author has 1.2k followers", reasons[1]);
            Assert.Equal("negative sentiment -0.62", reasons[3]);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
