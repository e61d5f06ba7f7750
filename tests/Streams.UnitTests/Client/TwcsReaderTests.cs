using Xunit;
using Streams.Client.Twcs;

namespace Streams.UnitTests.Client;

public sealed class TwcsReaderTests
{
    private static readonly Lazy<IReadOnlyList<TwcsRow>> Rows = new(() => TwcsReader.ReadFile(ClientTestData.TwcsPath));

    [Fact]
    public void Reads_all_5000_rows()
    {
        Assert.Equal(5000, Rows.Value.Count);
    }

    [Fact]
    public void First_row_fields_are_exact()
    {
        var row = Rows.Value[0];
        Assert.Equal(2, row.LineNumber);
        Assert.Equal("1", row.TweetId);
        Assert.Equal("sprintcare", row.AuthorId);
        Assert.False(row.Inbound);
        Assert.Equal(new DateTime(2017, 10, 31, 22, 10, 47, DateTimeKind.Utc), row.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, row.CreatedAt.Kind);
        Assert.Equal("@115712 I understand. I would like to assist you. We would need to get you into a private secured link to further assist.", row.Text);
        Assert.Equal("2", row.ResponseTweetIds);
        Assert.Equal("3", row.InResponseToTweetId);
    }

    [Fact]
    public void Quoted_fields_keep_commas_and_doubled_quotes()
    {
        var six = Rows.Value.Single(row => row.TweetId == "6");
        Assert.Equal("@115712 Can you please send us a private message, so that I can gain further details about your account?", six.Text);
        Assert.Equal("5,7", six.ResponseTweetIds);
        Assert.Equal("8", six.InResponseToTweetId);

        var withQuotes = Rows.Value.Single(row => row.TweetId == "672");
        Assert.Contains("item is \"out for delivery\", they've", withQuotes.Text, StringComparison.Ordinal);
        Assert.True(withQuotes.Inbound);
        Assert.Null(withQuotes.InResponseToTweetId);
    }

    [Fact]
    public void Quoted_newlines_stay_in_the_text_and_line_numbers_follow_the_file()
    {
        var thirtySeven = Rows.Value.Single(row => row.TweetId == "37");
        Assert.Equal("@115719 Awesome! If you ever need us we are just a tweet away.\n^HSB", thirtySeven.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(33, thirtySeven.LineNumber);
        Assert.Equal(30, Rows.Value.Single(row => row.TweetId == "34").LineNumber);
        // The record after a two-line record starts two lines later.
        Assert.Equal(35, Rows.Value.Single(row => row.TweetId == "36").LineNumber);
        Assert.Equal(5312, Rows.Value[^1].LineNumber);
    }

    [Fact]
    public void Parses_a_small_document_with_every_quoting_case()
    {
        const string csv = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n" +
                           "10,acme,False,Mon Jan 02 03:04:05 +0100 2017,\"hi, \"\"you\"\"\nthere\",,9.0\n" +
                           "11,u1,True,Mon Jan 02 03:05:05 +0000 2017,plain,10,\n";
        var rows = TwcsReader.Read(new StringReader(csv)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("hi, \"you\"\nthere", rows[0].Text);
        Assert.Equal(new DateTime(2017, 1, 2, 2, 4, 5, DateTimeKind.Utc), rows[0].CreatedAt);
        Assert.Equal("9", rows[0].InResponseToTweetId);
        Assert.Null(rows[0].ResponseTweetIds);
        Assert.Equal(4, rows[1].LineNumber);
        Assert.Null(rows[1].InResponseToTweetId);
    }

    [Fact]
    public void A_file_without_the_twcs_columns_is_refused()
    {
        Assert.Throws<FormatException>(() => TwcsReader.Read(new StringReader("a,b\n1,2\n")).ToList());
    }

    [Fact]
    public void Recognises_the_header()
    {
        Assert.True(TwcsReader.IsTwcsHeader("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id"));
        Assert.False(TwcsReader.IsTwcsHeader("{\"kind\":\"post\"}"));
    }

    internal static IReadOnlyList<TwcsRow> RealRows => Rows.Value;
}
