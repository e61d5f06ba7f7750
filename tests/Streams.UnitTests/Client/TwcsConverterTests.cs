using Xunit;
using System.Text.Json;
using Streams.Client.Twcs;

namespace Streams.UnitTests.Client;

public sealed class TwcsConverterTests
{
    [Theory]
    [InlineData("Tue Oct 31 22:10:47 +0000 2017", "2017-10-31T22:10:47Z")]
    [InlineData("Mon Aug 29 03:20:05 +0000 2011", "2011-08-29T03:20:05Z")]
    [InlineData("Sun Dec 03 18:52:36 +0200 2017", "2017-12-03T16:52:36Z")]
    public void Parses_twitter_dates_to_utc(string text, string expected)
    {
        var parsed = TwcsConverter.ParseCreatedAt(text);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
        Assert.Equal(expected, parsed.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Rejects_a_date_in_another_format()
    {
        Assert.False(TwcsConverter.TryParseCreatedAt("2017-10-31 22:10:47", out _));
    }

    [Fact]
    public void Every_row_becomes_a_contract_post_event()
    {
        foreach (var row in TwcsReaderTests.RealRows)
        {
            using var json = JsonDocument.Parse(TwcsConverter.ToPostEvent(row));
            var root = json.RootElement;
            Assert.Equal("post", root.GetProperty("kind").GetString());
            Assert.Equal(row.TweetId, root.GetProperty("id").GetString());
            Assert.Equal("twitter", root.GetProperty("platform").GetString());
            Assert.Equal(row.CreatedAt, root.GetProperty("createdAt").GetDateTimeOffset().UtcDateTime);
            var author = root.GetProperty("author");
            Assert.Equal(row.AuthorId, author.GetProperty("id").GetString());
            Assert.Equal(row.AuthorId, author.GetProperty("handle").GetString());
            Assert.Equal(0, author.GetProperty("followers").GetInt64());
            Assert.Equal(row.Text, root.GetProperty("text").GetString());
            Assert.False(root.TryGetProperty("lang", out _));
            if (row.InResponseToTweetId is null)
            {
                Assert.False(root.TryGetProperty("inReplyTo", out _));
            }
            else
            {
                Assert.Equal(row.InResponseToTweetId, root.GetProperty("inReplyTo").GetString());
            }
        }
    }

    [Fact]
    public void The_first_row_converts_to_the_expected_line()
    {
        var line = TwcsConverter.ToNdjsonLine(TwcsReaderTests.RealRows[0]);
        Assert.Equal(
            "{\"kind\":\"post\",\"id\":\"1\",\"platform\":\"twitter\",\"createdAt\":\"2017-10-31T22:10:47Z\",\"author\":{\"id\":\"sprintcare\",\"handle\":\"sprintcare\",\"followers\":0}," +
            "\"text\":\"@115712 I understand. I would like to assist you. We would need to get you into a private secured link to further assist.\",\"inReplyTo\":\"3\"}",
            line);
    }

    [Fact]
    public void Replay_order_is_by_time_then_numeric_id()
    {
        var sorted = TwcsConverter.SortForReplay(TwcsReaderTests.RealRows);
        Assert.Equal(5000, sorted.Count);
        Assert.Equal(["348", "611", "609"], sorted.Take(3).Select(row => row.TweetId));
        for (int i = 1; i < sorted.Count; i++)
        {
            Assert.True(sorted[i - 1].CreatedAt <= sorted[i].CreatedAt);
            if (sorted[i - 1].CreatedAt == sorted[i].CreatedAt)
            {
                Assert.True(long.Parse(sorted[i - 1].TweetId) < long.Parse(sorted[i].TweetId));
            }
        }
    }

    [Fact]
    public void Ties_sort_numerically_not_alphabetically()
    {
        var time = new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = new[] { Row("100", time), Row("9", time), Row("20", time.AddSeconds(-1)) };
        Assert.Equal(["20", "9", "100"], TwcsConverter.SortForReplay(rows).Select(row => row.TweetId));
    }

    [Fact]
    public void Brand_registrations_are_the_distinct_brand_accounts()
    {
        var rows = TwcsReaderTests.RealRows;
        var brands = TwcsConverter.BrandRegistrations(rows);
        var expected = rows.Where(row => !row.Inbound).Select(row => row.AuthorId).Distinct().ToHashSet();
        Assert.Equal(76, brands.Count);
        Assert.Equal(expected, brands.Select(brand => brand.Name).ToHashSet());
        var sprint = brands[0];
        Assert.Equal("sprintcare", sprint.Id);
        var apple = brands.Single(brand => brand.Name == "AppleSupport");
        Assert.Equal("applesupport", apple.Id);
        Assert.Equal("AppleSupport", Assert.Single(apple.Handles).Handle);
        Assert.DoesNotContain(brands, brand => rows.Any(row => row.Inbound && row.AuthorId == brand.Name));
    }

    [Fact]
    public void Replay_records_carry_the_file_line_of_their_row()
    {
        var records = TwcsConverter.ToReplayRecords(TwcsReaderTests.RealRows).ToList();
        Assert.Equal(5000, records.Count);
        var first = records[0];
        var row348 = TwcsReaderTests.RealRows.Single(row => row.TweetId == "348");
        Assert.Equal(row348.LineNumber, first.SourceLine);
        Assert.Equal(row348.CreatedAt, first.CreatedAt);
    }

    private static TwcsRow Row(string id, DateTime createdAt) => new(1, id, "a", true, createdAt, "t", null, null);
}
