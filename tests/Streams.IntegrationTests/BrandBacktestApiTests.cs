using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary><c>POST /api/brands/backtest</c> through the real host: a query edit tried on the posts already kept.</summary>
public sealed class BrandBacktestApiTests(StreamsHostFixture host) : IClassFixture<StreamsHostFixture>
{
    private HttpClient Http => host.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_query_edit_shows_the_kept_posts_it_would_add_and_drop()
    {
        var live = new { id = "btzeste", name = "Zeste", handles = new[] { "@ZesteCare" }, query = "zeste AND (forfait OR fibre)" };
        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/brands", live, Ct)).StatusCode);
        await IngestAsync(
            Post("bt1", 1, "mon forfait Zeste a encore augmenté"),
            Post("bt2", 2, "la fibre zeste en panne depuis hier"),
            Post("bt3", 3, "le réseau Zeste est tombé ce matin"),
            Post("bt4", 4, "un zeste de citron dans le gâteau"),
            Post("bt5", 5, "plus de réseau zeste, troisième fois cette semaine"));
        await PipelineStatus.WaitSettledAsync(Http, Ct);

        var draft = new { id = "btzeste", name = "Zeste", handles = new[] { "@ZesteCare" }, query = "zeste AND (fibre OR réseau)" };
        var response = await Http.PostAsJsonAsync("/api/brands/backtest?samples=1", draft, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(result.GetProperty("registered").GetBoolean());
        Assert.Equal(3, result.GetProperty("matched").GetInt32());
        Assert.Equal(2, result.GetProperty("matchedLive").GetInt32());
        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Equal(1, result.GetProperty("dropped").GetInt32());
        Assert.Equal("bt5", Assert.Single(result.GetProperty("addedSamples").EnumerateArray()).GetProperty("postId").GetString()); // The newest.
        var dropped = Assert.Single(result.GetProperty("droppedSamples").EnumerateArray());
        Assert.Equal("bt1", dropped.GetProperty("postId").GetString());
        Assert.Equal("mon forfait Zeste a encore augmenté", dropped.GetProperty("text").GetString());
        Assert.Empty(result.GetProperty("notes").EnumerateArray());

        // Nothing changed: the live brand still has its own query and its two mentions.
        var brand = await Http.GetFromJsonAsync<JsonElement>("/api/brands/btzeste", Ct);
        Assert.Equal("zeste AND (forfait OR fibre)", brand.GetProperty("query").GetString());
        Assert.Equal(2, brand.GetProperty("mentionCount").GetInt64());
    }

    [Fact]
    public async Task A_brand_not_registered_yet_is_all_additions_and_a_region_filter_is_flagged()
    {
        await IngestAsync(Post("btn1", 10, "Quenelle Mobile: mon forfait a doublé"), Post("btn2", 11, "des quenelles au dîner"));
        await PipelineStatus.WaitSettledAsync(Http, Ct);

        var response = await Http.PostAsJsonAsync("/api/brands/backtest", new { id = "btnew", name = "Quenelle", query = "quenelle AND (forfait OR region:FR)" }, Ct);

        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(result.GetProperty("registered").GetBoolean());
        Assert.Equal(1, result.GetProperty("matched").GetInt32());
        Assert.Equal(0, result.GetProperty("matchedLive").GetInt32());
        Assert.Equal(1, result.GetProperty("added").GetInt32());
        Assert.StartsWith("kept posts have no region", Assert.Single(result.GetProperty("notes").EnumerateArray()).GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/brands/btnew", Ct)).StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_key_may_backtest_and_bad_drafts_and_limits_are_refused()
    {
        using var reader = host.Client(StreamsHostFixture.ReadBrandAKey);
        var forbidden = await reader.PostAsJsonAsync("/api/brands/backtest", new { id = StreamsHostFixture.BrandA, name = "A" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var bad = await Http.PostAsJsonAsync("/api/brands/backtest?posts=0&samples=1000", new { id = "btbad", name = "Bad", query = "a AND (b" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(3, errors.Length);
        Assert.Contains("posts must be between 1 and 200,000 (got 0)", errors);
        Assert.Contains("samples must be between 0 and 200 (got 1000)", errors);
        Assert.Contains(errors, e => e.StartsWith("query at position", StringComparison.Ordinal));
    }

    private Task IngestAsync(params string[] lines) => HostIngest.AcceptAllAsync(Http, lines, Ct);

    private static string Post(string id, int minute, string text) => JsonSerializer.Serialize(new
    {
        kind = "post",
        id,
        platform = "twitter",
        createdAt = new DateTime(2026, 11, 22, 10, minute, 0, DateTimeKind.Utc),
        author = new { id = "bt-author-" + id, handle = "btauthor" + id, followers = 100 },
        text,
    });
}
