using System.Text;
using Streams.Abstractions.Events;
using Streams.Domain.Ingest;
using Xunit;

namespace Streams.UnitTests.Ingest;

public sealed class MentionEventParserTests
{
    private const string Author = """{"id":"u1","handle":"jane","followers":1200,"verified":true}""";

    private const string ValidPost =
        """{"kind":"post","id":"p1","platform":"twitter","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u1","handle":"jane","followers":1200,"verified":false},"text":"Hello @AirFrance","lang":"en","inReplyTo":"p0","quoteOf":null,"region":"FR"}""";

    private static MentionEvent Accept(string line, IngestLimits? limits = null)
    {
        var ok = MentionEventParser.TryParse(Encoding.UTF8.GetBytes(line), limits ?? IngestLimits.Default, out var mention, out var error);
        Assert.True(ok, $"expected the line to be accepted, got: {error}");
        Assert.Null(error);
        return mention!;
    }

    private static string Reject(string line, IngestLimits? limits = null) => Reject(Encoding.UTF8.GetBytes(line), limits);

    private static string Reject(byte[] line, IngestLimits? limits = null)
    {
        var ok = MentionEventParser.TryParse(line, limits ?? IngestLimits.Default, out var mention, out var error);
        Assert.False(ok);
        Assert.Null(mention);
        Assert.NotNull(error);
        return error;
    }

    private static string Post(string fields) =>
        $$"""{"kind":"post","id":"p1","platform":"twitter","createdAt":"2026-11-22T10:00:00Z","author":{{Author}},"text":"hi"{{fields}}}""";

    [Fact]
    public void Post_with_every_field_is_read_exactly()
    {
        var m = Accept(ValidPost);

        Assert.Equal(EventKind.Post, m.Kind);
        Assert.Equal("p1", m.Id);
        Assert.Equal("p1", m.PostId);
        Assert.Equal(new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc), m.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, m.CreatedAt.Kind);
        Assert.Equal(new AuthorRef("u1", "jane", 1200, false), m.Author);
        Assert.Equal(Platform.Twitter, m.Platform);
        Assert.Equal("Hello @AirFrance", m.Text);
        Assert.Equal("en", m.Lang);
        Assert.Equal("p0", m.InReplyTo);
        Assert.Null(m.QuoteOf);
        Assert.Equal("FR", m.Region);
    }

    [Fact]
    public void Post_with_only_required_fields_gets_defaults()
    {
        var m = Accept("""{"kind":"post","id":"p2","platform":"forum","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u2"},"text":""}""");

        Assert.Equal(new AuthorRef("u2", null, 0, false), m.Author);
        Assert.Equal(Platform.Forum, m.Platform);
        Assert.Equal("", m.Text);
        Assert.Null(m.Lang);
        Assert.Null(m.InReplyTo);
        Assert.Null(m.QuoteOf);
        Assert.Null(m.Region);
    }

    [Fact]
    public void Repost_is_read_with_its_target()
    {
        var m = Accept("""{"kind":"repost","id":"r1","postId":"p1","createdAt":"2026-11-22T10:05:00Z","author":{"id":"u3","followers":5}}""");

        Assert.Equal(EventKind.Repost, m.Kind);
        Assert.Equal("r1", m.Id);
        Assert.Equal("p1", m.PostId);
        Assert.Equal(Platform.Unknown, m.Platform);
        Assert.Equal(new AuthorRef("u3", null, 5, false), m.Author);
        Assert.Null(m.Text);
    }

    [Fact]
    public void Repost_may_name_its_platform()
    {
        var m = Accept("""{"kind":"repost","id":"r1","postId":"p1","platform":"Instagram","createdAt":"2026-11-22T10:05:00Z","author":{"id":"u3"}}""");
        Assert.Equal(Platform.Instagram, m.Platform);
    }

    [Fact]
    public void Like_without_id_gets_an_empty_id()
    {
        var m = Accept("""{"kind":"like","postId":"p1","createdAt":"2026-11-22T10:06:00Z","author":{"id":"u9"}}""");

        Assert.Equal(EventKind.Like, m.Kind);
        Assert.Equal("", m.Id);
        Assert.Equal("p1", m.PostId);
        Assert.Equal(Platform.Unknown, m.Platform);
        Assert.Equal("u9", m.Author.Id);
    }

    [Fact]
    public void Like_keeps_an_id_and_platform_when_given()
    {
        var m = Accept("""{"kind":"like","id":"l1","platform":"facebook","postId":"p1","createdAt":"2026-11-22T10:06:00Z","author":{"id":"u9"}}""");
        Assert.Equal("l1", m.Id);
        Assert.Equal(Platform.Facebook, m.Platform);
    }

    [Fact]
    public void Reposts_and_likes_drop_post_only_fields()
    {
        var m = Accept("""{"kind":"like","postId":"p1","createdAt":"2026-11-22T10:06:00Z","author":{"id":"u9"},"text":"x","lang":"fr","region":"FR","inReplyTo":"p0","quoteOf":"p0"}""");
        Assert.Null(m.Text);
        Assert.Null(m.Lang);
        Assert.Null(m.Region);
        Assert.Null(m.InReplyTo);
        Assert.Null(m.QuoteOf);
    }

    [Fact]
    public void Kind_may_come_last()
    {
        var m = Accept("""{"postId":"p1","createdAt":"2026-11-22T10:06:00Z","author":{"id":"u9"},"kind":"like"}""");
        Assert.Equal(EventKind.Like, m.Kind);
    }

    [Fact]
    public void Post_ignores_a_postId_field()
    {
        var m = Accept(Post(""","postId":"other" """));
        Assert.Equal("p1", m.PostId);
    }

    [Theory]
    [InlineData("""{"id":"p1","platform":"twitter","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u1"},"text":"x"}""", "missing field 'kind'")]
    [InlineData("""{"kind":null,"id":"p1"}""", "missing field 'kind'")]
    [InlineData("""{"kind":"tweet"}""", "kind must be one of post, repost, like (got 'tweet')")]
    [InlineData("""{"kind":"Post"}""", "kind must be one of post, repost, like (got 'Post')")]
    [InlineData("""{"kind":1}""", "field 'kind' must be a string")]
    public void Kind_is_required_and_checked(string line, string expected) => Assert.Equal(expected, Reject(line));

    [Theory]
    [InlineData("id", "missing field 'id'")]
    [InlineData("platform", "missing field 'platform'")]
    [InlineData("createdAt", "missing field 'createdAt'")]
    [InlineData("author", "missing field 'author'")]
    [InlineData("text", "missing field 'text'")]
    public void Post_reports_each_missing_required_field(string field, string expected)
    {
        var fields = new Dictionary<string, string>
        {
            ["kind"] = "\"post\"", ["id"] = "\"p1\"", ["platform"] = "\"twitter\"", ["createdAt"] = "\"2026-11-22T10:00:00Z\"",
            ["author"] = """{"id":"u1"}""", ["text"] = "\"x\"",
        };
        fields.Remove(field);
        Assert.Equal(expected, Reject(ToObject(fields)));

        fields[field] = "null";
        Assert.Equal(expected, Reject(ToObject(fields)));
    }

    [Theory]
    [InlineData("id", "missing field 'id'")]
    [InlineData("postId", "missing field 'postId'")]
    [InlineData("createdAt", "missing field 'createdAt'")]
    [InlineData("author", "missing field 'author'")]
    public void Repost_reports_each_missing_required_field(string field, string expected)
    {
        var fields = new Dictionary<string, string>
        {
            ["kind"] = "\"repost\"", ["id"] = "\"r1\"", ["postId"] = "\"p1\"", ["createdAt"] = "\"2026-11-22T10:00:00Z\"",
            ["author"] = """{"id":"u1"}""",
        };
        fields.Remove(field);
        Assert.Equal(expected, Reject(ToObject(fields)));
    }

    [Theory]
    [InlineData("postId", "missing field 'postId'")]
    [InlineData("createdAt", "missing field 'createdAt'")]
    [InlineData("author", "missing field 'author'")]
    public void Like_reports_each_missing_required_field(string field, string expected)
    {
        var fields = new Dictionary<string, string>
        {
            ["kind"] = "\"like\"", ["postId"] = "\"p1\"", ["createdAt"] = "\"2026-11-22T10:00:00Z\"", ["author"] = """{"id":"u1"}""",
        };
        fields.Remove(field);
        Assert.Equal(expected, Reject(ToObject(fields)));
    }

    [Fact]
    public void Author_id_is_required_and_non_empty()
    {
        Assert.Equal("missing field 'author.id'", Reject("""{"kind":"like","postId":"p1","createdAt":"2026-11-22T10:00:00Z","author":{"handle":"x"}}"""));
        Assert.Equal("field 'author.id' must not be empty", Reject("""{"kind":"like","postId":"p1","createdAt":"2026-11-22T10:00:00Z","author":{"id":""}}"""));
    }

    [Fact]
    public void Required_ids_must_not_be_empty()
    {
        Assert.Equal("field 'id' must not be empty", Reject(Post("").Replace("\"id\":\"p1\"", "\"id\":\"\"", StringComparison.Ordinal)));
        Assert.Equal("field 'postId' must not be empty", Reject("""{"kind":"like","postId":"","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u"}}"""));
    }

    [Fact]
    public void Repost_of_itself_is_refused()
    {
        var error = Reject("""{"kind":"repost","id":"p1","postId":"p1","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u1"}}""");
        Assert.Contains("repost itself", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inReplyTo", "a post cannot reply to itself (id equals inReplyTo)")]
    [InlineData("quoteOf", "a post cannot quote itself (id equals quoteOf)")]
    public void Post_replying_to_or_quoting_itself_is_refused(string field, string expected) =>
        Assert.Equal(expected, Reject($$"""{"kind":"post","id":"p1","platform":"twitter","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u1"},"text":"x","{{field}}":"p1"}"""));

    [Theory]
    [InlineData("\"text\":5", "field 'text' must be a string")]
    [InlineData("\"id\":12", "field 'id' must be a string")]
    [InlineData("\"platform\":true", "field 'platform' must be a string")]
    [InlineData("\"createdAt\":1732269600", "field 'createdAt' must be a string")]
    [InlineData("\"author\":\"u1\"", "field 'author' must be an object")]
    [InlineData("\"author\":[]", "field 'author' must be an object")]
    [InlineData("\"lang\":[\"en\"]", "field 'lang' must be a string")]
    [InlineData("\"inReplyTo\":1", "field 'inReplyTo' must be a string")]
    [InlineData("\"quoteOf\":{}", "field 'quoteOf' must be a string")]
    [InlineData("\"region\":false", "field 'region' must be a string")]
    [InlineData("\"author\":{\"id\":7}", "field 'author.id' must be a string")]
    [InlineData("\"author\":{\"id\":\"u\",\"handle\":1}", "field 'author.handle' must be a string")]
    [InlineData("\"author\":{\"id\":\"u\",\"followers\":-1}", "field 'author.followers' must be a non-negative integer")]
    [InlineData("\"author\":{\"id\":\"u\",\"followers\":1.5}", "field 'author.followers' must be a non-negative integer")]
    [InlineData("\"author\":{\"id\":\"u\",\"followers\":\"12\"}", "field 'author.followers' must be a non-negative integer")]
    [InlineData("\"author\":{\"id\":\"u\",\"followers\":99999999999999999999}", "field 'author.followers' must be a non-negative integer")]
    [InlineData("\"author\":{\"id\":\"u\",\"verified\":\"yes\"}", "field 'author.verified' must be true or false")]
    [InlineData("\"author\":{\"id\":\"u\",\"verified\":1}", "field 'author.verified' must be true or false")]
    public void Wrong_types_name_the_field(string replacement, string expected)
    {
        var name = replacement[..(replacement.IndexOf(':', StringComparison.Ordinal) + 1)];
        var fields = new Dictionary<string, string>
        {
            ["\"kind\":"] = "\"kind\":\"post\"", ["\"id\":"] = "\"id\":\"p1\"", ["\"platform\":"] = "\"platform\":\"twitter\"",
            ["\"createdAt\":"] = "\"createdAt\":\"2026-11-22T10:00:00Z\"", ["\"author\":"] = "\"author\":{\"id\":\"u1\"}", ["\"text\":"] = "\"text\":\"x\"",
        };
        fields[name] = replacement;
        var line = "{" + string.Join(",", fields.Values) + "}";
        Assert.Equal(expected, Reject(line));
    }

    [Fact]
    public void Author_optional_fields_accept_null()
    {
        var m = Accept(Post("").Replace(Author, """{"id":"u1","handle":null,"followers":null,"verified":null}""", StringComparison.Ordinal));
        Assert.Equal(new AuthorRef("u1", null, 0, false), m.Author);
    }

    [Fact]
    public void Handle_loses_its_leading_at_sign()
    {
        var m = Accept(Post("").Replace(Author, """{"id":"u1","handle":"@Jane_Doe"}""", StringComparison.Ordinal));
        Assert.Equal("Jane_Doe", m.Author.Handle);

        var bare = Accept(Post("").Replace(Author, """{"id":"u1","handle":"@"}""", StringComparison.Ordinal));
        Assert.Null(bare.Author.Handle);
    }

    [Fact]
    public void Followers_and_verified_are_read()
    {
        var m = Accept(Post("").Replace(Author, """{"id":"u1","followers":9000000000,"verified":true}""", StringComparison.Ordinal));
        Assert.Equal(9_000_000_000L, m.Author.Followers);
        Assert.True(m.Author.Verified);
    }

    [Fact]
    public void Unknown_platform_lists_the_accepted_names()
    {
        var error = Reject(Post("").Replace("\"twitter\"", "\"myspace\"", StringComparison.Ordinal));
        Assert.StartsWith("field 'platform' must be one of ", error, StringComparison.Ordinal);
        foreach (var name in PlatformNames.All)
        {
            Assert.Contains(name, error, StringComparison.Ordinal);
        }
        Assert.Contains("(got 'myspace')", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_is_not_an_accepted_platform_name()
    {
        Assert.StartsWith("field 'platform' must be one of", Reject(Post("").Replace("\"twitter\"", "\"unknown\"", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("twitter", Platform.Twitter)]
    [InlineData("TWITTER", Platform.Twitter)]
    [InlineData("LinkedIn", Platform.LinkedIn)]
    [InlineData("youtube", Platform.YouTube)]
    [InlineData("tiktok", Platform.TikTok)]
    [InlineData("news", Platform.News)]
    [InlineData("t\\u0077itter", Platform.Twitter)]
    public void Platform_is_case_insensitive(string wire, Platform expected)
    {
        Assert.Equal(expected, Accept(Post("").Replace("\"twitter\"", $"\"{wire}\"", StringComparison.Ordinal)).Platform);
    }

    [Theory]
    [InlineData("2026-11-22T10:00:00Z", "2026-11-22T10:00:00")]
    [InlineData("2026-11-22T12:00:00+02:00", "2026-11-22T10:00:00")]
    [InlineData("2026-11-22T01:30:00-05:00", "2026-11-22T06:30:00")]
    [InlineData("2026-11-23T00:30:00+02:00", "2026-11-22T22:30:00")]
    [InlineData("2026-11-22T10:00:00.123Z", "2026-11-22T10:00:00.123")]
    [InlineData("2026-11-22T10:00:00.1234567+00:00", "2026-11-22T10:00:00.1234567")]
    public void Created_at_is_converted_to_utc(string wire, string expectedUtc)
    {
        var m = Accept(Post("").Replace("2026-11-22T10:00:00Z", wire, StringComparison.Ordinal));
        Assert.Equal(DateTime.SpecifyKind(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), m.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, m.CreatedAt.Kind);
    }

    [Fact]
    public void Created_at_later_than_the_limit_is_refused_with_both_times()
    {
        var limits = IngestLimits.Default with { LatestCreatedAt = new DateTime(2026, 11, 22, 11, 0, 0, DateTimeKind.Utc) };
        Assert.Equal(new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc), Accept(Post(""), limits).CreatedAt);
        Accept(Post("").Replace("2026-11-22T10:00:00Z", "2026-11-22T11:00:00Z", StringComparison.Ordinal), limits);
        Accept(Post("").Replace("2026-11-22T10:00:00Z", "2026-11-22T12:00:00+01:00", StringComparison.Ordinal), limits);

        var error = Reject(Post("").Replace("2026-11-22T10:00:00Z", "2026-11-22T11:00:01Z", StringComparison.Ordinal), limits);
        Assert.Equal(
            "field 'createdAt' is 2026-11-22T11:00:01Z, later than the latest accepted, 2026-11-22T11:00:00Z (the server's clock plus Streams:MaxEventAheadMinutes)",
            error);
        Assert.Contains("2099-01-01T00:00:00Z", Reject(Post("").Replace("2026-11-22T10:00:00Z", "2099-01-01T00:00:00Z", StringComparison.Ordinal), limits), StringComparison.Ordinal);

        // Without a limit (the default) any date is accepted: replays of history and generated data are not the server's business.
        Accept(Post("").Replace("2026-11-22T10:00:00Z", "2099-01-01T00:00:00Z", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-11-22T10:00:00")]
    [InlineData("2026-11-22T10:00:00.500")]
    [InlineData("2026-11-22")]
    public void Created_at_without_offset_is_refused(string wire)
    {
        var error = Reject(Post("").Replace("2026-11-22T10:00:00Z", wire, StringComparison.Ordinal));
        Assert.StartsWith("field 'createdAt' must include a UTC offset", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-22T10:00:00Z")]
    [InlineData("22/11/2026 10:00")]
    [InlineData("")]
    public void Created_at_that_is_not_a_date_is_refused(string wire)
    {
        var error = Reject(Post("").Replace("2026-11-22T10:00:00Z", wire, StringComparison.Ordinal));
        Assert.StartsWith("field 'createdAt' must be an ISO 8601 date-time", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_and_unicode_are_decoded()
    {
        var m = Accept(Post("").Replace("\"text\":\"hi\"", """ "text":"line1\nline2 \"quoted\" caf\u00e9 \ud83d\ude00 \\ \/ \t end" """, StringComparison.Ordinal));
        Assert.Equal("line1\nline2 \"quoted\" café 😀 \\ / \t end", m.Text);
    }

    [Fact]
    public void Raw_utf8_text_is_decoded()
    {
        var m = Accept(Post("").Replace("\"text\":\"hi\"", "\"text\":\"Société Générale 😡 日本\"", StringComparison.Ordinal));
        Assert.Equal("Société Générale 😡 日本", m.Text);
    }

    [Fact]
    public void Escaped_property_names_are_recognised()
    {
        var m = Accept("""{"\u006bind":"like","postId":"p1","createdAt":"2026-11-22T10:00:00Z","author":{"\u0069d":"u9"}}""");
        Assert.Equal("u9", m.Author.Id);
    }

    [Fact]
    public void Lone_surrogate_escape_is_refused()
    {
        Assert.Equal("field 'text' is not valid Unicode text", Reject(Post("").Replace("\"text\":\"hi\"", """ "text":"bad \ud800 here" """, StringComparison.Ordinal)));
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_offset()
    {
        var bytes = Encoding.UTF8.GetBytes(Post(""));
        var at = Array.IndexOf(bytes, (byte)'h', Encoding.UTF8.GetBytes(Post("")).Length - 6);
        bytes[at] = 0xC3; // a lead byte followed by 'i', which is not a continuation byte
        Assert.Equal($"invalid UTF-8 at byte {at}", Reject(bytes));
    }

    [Fact]
    public void Invalid_utf8_in_an_ignored_field_is_still_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Post(",\"extra\":\"XX\""));
        var at = Encoding.UTF8.GetString(bytes).IndexOf("XX", StringComparison.Ordinal);
        bytes[at] = 0xFF;
        Assert.StartsWith("invalid UTF-8 at byte", Reject(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" x")]
    [InlineData("{}")]
    [InlineData(",")]
    [InlineData("\n{\"kind\":\"like\"}")]
    public void Trailing_content_is_refused(string trailer)
    {
        var error = Reject(Post("") + trailer);
        Assert.StartsWith("invalid JSON: ", error, StringComparison.Ordinal);
        Assert.Matches(@" at byte \d+$", error);
    }

    [Fact]
    public void Trailing_whitespace_is_fine()
    {
        Accept(Post("") + "  \t ");
        Accept("  " + Post(""));
    }

    [Fact]
    public void Malformed_json_reports_the_byte_offset()
    {
        var error = Reject("""{"kind":"post","id":}""");
        Assert.StartsWith("invalid JSON: ", error, StringComparison.Ordinal);
        Assert.EndsWith("at byte 20", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"kind\":\"post\"")]
    [InlineData("{\"kind\":'post'}")]
    [InlineData("{kind:\"post\"}")]
    [InlineData("{\"kind\":\"post\",}")]
    [InlineData("{\"kind\":\"post\" /* c */}")]
    [InlineData("nul")]
    public void Malformed_json_is_refused(string line)
    {
        Assert.StartsWith("invalid JSON: ", Reject(line), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "line is empty")]
    [InlineData(" \t ", "line is empty")]
    [InlineData("[]", "line must be a JSON object, not an array")]
    [InlineData("\"post\"", "line must be a JSON object, not a string")]
    [InlineData("42", "line must be a JSON object, not a number")]
    [InlineData("null", "line must be a JSON object, not null")]
    public void Line_must_be_an_object(string line, string expected) => Assert.Equal(expected, Reject(line));

    [Fact]
    public void Unknown_fields_are_ignored_including_nested_values()
    {
        var m = Accept(Post(""","media":[{"url":"http://x","kind":"repost","sizes":[1,2,[3]]}],"meta":{"kind":"like","author":{"id":5}},"n":1.5e3,"flag":true,"nothing":null"""));
        Assert.Equal(EventKind.Post, m.Kind);
        Assert.Equal("u1", m.Author.Id);

        var a = Accept(Post("").Replace(Author, """{"id":"u1","avatar":{"url":"x","sizes":[1,2]},"bio":"b"}""", StringComparison.Ordinal));
        Assert.Equal("u1", a.Author.Id);
    }

    [Fact]
    public void Property_names_are_case_sensitive()
    {
        Assert.Equal("missing field 'text'", Reject(Post("").Replace("\"text\"", "\"Text\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Duplicate_known_fields_are_refused()
    {
        Assert.Equal("duplicate field 'text'", Reject(Post(",\"text\":\"again\"")));
        Assert.Equal("duplicate field 'author.id'", Reject(Post("").Replace(Author, """{"id":"u1","id":"u2"}""", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused()
    {
        var limits = IngestLimits.Default with { MaxTextLength = 10 };
        Accept(Post("").Replace("\"hi\"", "\"0123456789\"", StringComparison.Ordinal), limits);
        Assert.Equal("field 'text' is longer than 10 characters",
            Reject(Post("").Replace("\"hi\"", "\"0123456789a\"", StringComparison.Ordinal), limits));
    }

    [Fact]
    public void Text_limit_counts_characters_not_bytes()
    {
        var limits = IngestLimits.Default with { MaxTextLength = 4 };
        var m = Accept(Post("").Replace("\"hi\"", "\"éééé\"", StringComparison.Ordinal), limits);
        Assert.Equal("éééé", m.Text);
    }

    [Fact]
    public void Ids_longer_than_the_limit_are_refused()
    {
        var limits = IngestLimits.Default with { MaxIdLength = 3 };
        Assert.Equal("field 'id' is longer than 3 characters", Reject(Post("").Replace("\"p1\"", "\"p1234\"", StringComparison.Ordinal), limits));
        Assert.Equal("field 'author.id' is longer than 3 characters", Reject(Post("").Replace("\"u1\"", "\"u1234\"", StringComparison.Ordinal), limits));
    }

    [Fact]
    public void Empty_optional_strings_count_as_absent()
    {
        var m = Accept(Post(""","lang":"","region":"","inReplyTo":"","quoteOf":"" """));
        Assert.Null(m.Lang);
        Assert.Null(m.Region);
        Assert.Null(m.InReplyTo);
        Assert.Null(m.QuoteOf);
    }

    [Fact]
    public void Quote_is_a_post_that_names_its_parent()
    {
        var m = Accept(Post(""","quoteOf":"p0","lang":"fr" """));
        Assert.Equal(EventKind.Post, m.Kind);
        Assert.Equal("p0", m.QuoteOf);
        Assert.Equal("fr", m.Lang);
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Post(""))).ToArray();
        Assert.True(MentionEventParser.TryParse(bytes, IngestLimits.Default, out var m, out _));
        Assert.Equal("p1", m!.Id);
    }

    private static string ToObject(Dictionary<string, string> fields) =>
        "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
}
