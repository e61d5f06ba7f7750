using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary>The HTTP API of the real host: ingest validation, queries, errors, the live feed.</summary>
public sealed class ApiTests(StreamsHostFixture host) : IClassFixture<StreamsHostFixture>
{
    private HttpClient Http => host.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Malformed_lines_get_line_numbered_errors_and_the_good_lines_still_count()
    {
        await RegisterAsync("shop", "Shopzilla", "ShopzillaHelp");
        var body = string.Join('\n',
            Post("m1", "@ShopzillaHelp where is my parcel?"),                                  // 1 ok
            "{not json",                                                                         // 2
            "",                                                                                  // 3 blank: skipped
            """{"kind":"post","id":"m2","platform":"twitter","author":{"id":"u1"},"text":"x"}""", // 4 no createdAt
            """{"kind":"tweet","id":"m3"}""",                                                    // 5 bad kind
            """{"kind":"post","id":"m4","platform":"myspace","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u1"},"text":"x"}""", // 6
            """{"kind":"post","id":"m5","platform":"twitter","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u1","followers":"many"},"text":"x"}""", // 7
            """{"kind":"like","postId":"m1","createdAt":"2026-11-22T10:01:00Z","author":{"id":"u9"}}""", // 8 ok
            Post("m6", "Shopzilla lost my order again, terrible"),                              // 9 ok, name without handle
            """{"kind":"post","id":"m7","platform":"twitter","createdAt":"2099-01-01T00:00:00Z","author":{"id":"u1"},"text":"@ShopzillaHelp from the future"}"""); // 10

        var response = await Http.PostAsync("/api/ingest", new StringContent(body, Encoding.UTF8, "application/x-ndjson"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(3, result.GetProperty("accepted").GetInt32());
        var rejected = result.GetProperty("rejected").EnumerateArray()
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("error").GetString()!);
        Assert.Equal([2, 4, 5, 6, 7, 10], rejected.Keys.Order().ToArray());
        Assert.Contains("invalid JSON", rejected[2]);
        Assert.Contains("createdAt", rejected[4]);
        Assert.Contains("kind", rejected[5]);
        Assert.Contains("platform", rejected[6]);
        Assert.Contains("author.followers", rejected[7]);
        Assert.StartsWith("field 'createdAt' is 2099-01-01T00:00:00Z, later than the latest accepted", rejected[10], StringComparison.Ordinal);

        var status = await PipelineStatus.WaitSettledAsync(Http, Ct);
        Assert.True(status.GetProperty("accepted").GetInt64() >= 3);
        var brand = await Http.GetFromJsonAsync<JsonElement>("/api/brands/shop", Ct);
        Assert.Equal(2, brand.GetProperty("mentionCount").GetInt64());
        var post = await Http.GetFromJsonAsync<JsonElement>("/api/posts/m1", Ct);
        Assert.Equal("shop", post.GetProperty("brands")[0].GetString());
        Assert.Equal(1, post.GetProperty("likes").GetInt32());
        Assert.False(post.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems_not_500()
    {
        foreach (var path in new[] { "/api/brands/nobody", "/api/brands/nobody/escalations", "/api/posts/nothing", "/api/customers/noone" })
        {
            var response = await Http.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var answer = await Http.PostAsJsonAsync("/api/posts/nothing/answer", new { }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task Invalid_brands_and_queries_are_refused_with_reasons()
    {
        var response = await Http.PostAsJsonAsync("/api/brands", new { id = "bad id!", handles = new object[] { 5 }, responseTargetMinutes = 0 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Contains(errors, e => e.Contains("name"));
        Assert.Contains(errors, e => e.Contains("handles[0]"));

        var notJson = await Http.PostAsync("/api/brands", new StringContent("{", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        await RegisterAsync("statuscheck", "Statuscheck", "StatusHelp");
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.GetAsync("/api/brands/statuscheck/escalations?status=maybe", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/api/brands/statuscheck/escalations?status=all", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("""{"id":"nulls","name":"Nulls","languages":[null]}""", "'languages[0]' is null instead of a string")]
    [InlineData("""{"id":"nulls","name":"Nulls","aliases":["ok",null]}""", "'aliases[1]' is null instead of a string")]
    [InlineData("""{"id":"nulls","name":"Nulls","aliases":["  "]}""", "alias '' has no letter or digit to match on")]
    [InlineData("""{"id":"nulls","name":"Nulls","topics":[null]}""", "'topics[0]' is null instead of a topic object {\"id\",\"en\",\"fr\"}")]
    [InlineData("""{"id":"nulls","name":"Nulls","languages":["english"]}""", "language 'english' is not a language code such as 'en', 'fr' or 'pt-BR'")]
    [InlineData("""{"id":"nulls","name":"Nulls","topics":[{"id":"Late Flight!","en":["late"]}]}""", "'topics[0].id' 'Late Flight!' must start with a letter or digit and contain only letters, digits, '-', '_' or '.', 64 characters at most")]
    public async Task Nulls_and_bad_values_inside_a_brand_are_refused_by_name(string body, string error)
    {
        var response = await Http.PostAsync("/api/brands", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal([error], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/brands/nulls", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_batch_of_brands_is_registered_in_one_request()
    {
        var batch = Enumerable.Range(0, 3)
            .Select(i => new { id = $"batchco{i}", name = $"Batchco {i}", handles = new[] { $"@BatchcoHelp{i}" }, responseTargetMinutes = 30 })
            .ToArray();

        var response = await Http.PostAsJsonAsync("/api/brands/batch", batch, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(3, result.GetProperty("registered").GetInt32());
        Assert.Equal(["batchco0", "batchco1", "batchco2"], result.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var registered = await Http.GetFromJsonAsync<JsonElement>("/api/brands/batchco2", Ct);
        Assert.Equal("Batchco 2", registered.GetProperty("name").GetString());
        Assert.Equal(30, registered.GetProperty("responseTargetMinutes").GetInt32());
    }

    [Fact]
    public async Task A_batch_with_one_bad_brand_registers_none_and_says_where()
    {
        var batch = new object?[]
        {
            new { id = "allornone0", name = "All Or None", handles = new[] { "@AllOrNone" } },
            new { id = "allornone1", handles = new[] { "@AllOrNone1" } }, // no name
            new { id = "allornone0", name = "Twice", handles = new[] { "@Twice" } },
            null,
        };

        var response = await Http.PostAsJsonAsync("/api/brands/batch", batch, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Contains(errors, e => e.StartsWith("brands[1]:", StringComparison.Ordinal) && e.Contains("name"));
        Assert.Contains(errors, e => e.StartsWith("brands[2]:", StringComparison.Ordinal) && e.Contains("brands[0]"));
        Assert.Contains(errors, e => e.StartsWith("brands[3]:", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/brands/allornone0", Ct)).StatusCode);

        var empty = await Http.PostAsJsonAsync("/api/brands/batch", Array.Empty<object>(), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var notAnArray = await Http.PostAsJsonAsync("/api/brands/batch", new { id = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notAnArray.StatusCode);
    }

    [Fact]
    public async Task Escalations_arrive_on_the_live_feed_and_in_the_brand_list_and_resolve_through_the_api()
    {
        await RegisterAsync("feedco", "Feedco", "FeedcoCare");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var feed = await Http.GetStreamAsync("/api/escalations/stream?brand=feedco", cancel.Token)
            .ContinueWith(t => new StreamReader(t.Result), cancel.Token);

        var lines = new List<string> { Post("f1", "@FeedcoCare charged twice, terrible service, nobody answers. I'm switching to another provider", followers: 5_000) };
        for (var i = 0; i < 40; i++)
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                kind = "repost",
                id = $"fr{i}",
                postId = "f1",
                createdAt = new DateTime(2026, 11, 22, 10, 1, 0, DateTimeKind.Utc).AddSeconds(i * 10),
                author = new { id = $"fan{i}", followers = 900 },
            }));
        }
        var ingest = await Http.PostAsync("/api/ingest", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"), Ct);
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);

        var escalation = await NextEscalationAsync(feed, cancel.Token);
        Assert.Equal("feedco:f1", escalation.GetProperty("id").GetString());
        Assert.Equal("open", escalation.GetProperty("status").GetString());
        var reasons = escalation.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Assert.Contains("threatens to leave (churn threat)", reasons);
        Assert.Contains(reasons, r => r.StartsWith("topics: ", StringComparison.Ordinal) && r.Contains("billing-pricing", StringComparison.Ordinal));

        await PipelineStatus.WaitSettledAsync(Http, Ct);
        var open = await Http.GetFromJsonAsync<JsonElement[]>("/api/brands/feedco/escalations?status=open", Ct);
        Assert.Equal("feedco:f1", Assert.Single(open!).GetProperty("id").GetString());

        var answered = await Http.PostAsJsonAsync("/api/posts/f1/answer", new { brandId = "feedco" }, Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        JsonElement resolved;
        do
        {
            resolved = await NextEscalationAsync(feed, cancel.Token);
        }
        while (resolved.GetProperty("status").GetString() == "open");
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.Empty((await Http.GetFromJsonAsync<JsonElement[]>("/api/brands/feedco/escalations?status=open", Ct))!);
        var post = await Http.GetFromJsonAsync<JsonElement>("/api/posts/f1", Ct);
        Assert.True(post.GetProperty("answered").GetBoolean());
    }

    private static async Task<JsonElement> NextEscalationAsync(StreamReader feed, CancellationToken cancellationToken)
    {
        while (await feed.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }
        throw new EndOfStreamException("escalation feed closed");
    }

    [Fact]
    public async Task Only_the_brand_a_post_leaves_reads_a_churn_threat_among_its_escalation_reasons()
    {
        await RegisterAsync("leftco", "Leftco", "LeftcoCare");
        await RegisterAsync("stayco", "Stayco", "StaycoCare");
        var lines = new List<string> { Post("lv1", "ditching Leftco for good, and @StaycoCare is just as useless, nobody answers, terrible", followers: 5_000) };
        for (var i = 0; i < 40; i++)
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                kind = "repost",
                id = $"lvr{i}",
                postId = "lv1",
                createdAt = new DateTime(2026, 11, 22, 10, 1, 0, DateTimeKind.Utc).AddSeconds(i * 10),
                author = new { id = $"lvfan{i}", followers = 900 },
            }));
        }
        await HostIngest.AcceptAllAsync(Http, lines, Ct);
        await PipelineStatus.WaitSettledAsync(Http, Ct);

        async Task<string[]> ReasonsOf(string brand) =>
            [.. Assert.Single((await Http.GetFromJsonAsync<JsonElement[]>($"/api/brands/{brand}/escalations?status=open", Ct))!)
                .GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];
        Assert.Contains("threatens to leave (churn threat)", await ReasonsOf("leftco"));
        Assert.DoesNotContain("threatens to leave (churn threat)", await ReasonsOf("stayco"));
    }

    private async Task RegisterAsync(string id, string name, string handle)
    {
        var response = await Http.PostAsJsonAsync("/api/brands", new { id, name, handles = new[] { "@" + handle }, responseTargetMinutes = 60 }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static string Post(string id, string text, long followers = 100) => JsonSerializer.Serialize(new
    {
        kind = "post",
        id,
        platform = "twitter",
        createdAt = "2026-11-22T10:00:00Z",
        author = new { id = "author-" + id, handle = "author_" + id, followers },
        text,
    });
}
