using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Streams.IntegrationTests.Infrastructure;
using static Streams.IntegrationTests.Infrastructure.StreamsHostFixture;

namespace Streams.IntegrationTests;

/// <summary>
/// Who may see what, against the real host: keys and scopes, brand-scoped reads of brands,
/// escalations, posts (one of them about two brands), customers, the live feed and the Orleans
/// Dashboard. The fixture configures an admin, an ingest-only key, and read keys for brands A and B.
/// </summary>
public sealed class AccessTests(StreamsHostFixture host) : IClassFixture<StreamsHostFixture>
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_and_unknown_keys_are_refused_everywhere_with_problem_details()
    {
        using var anonymous = host.Client(null);
        using var wrong = host.Client("not-a-key");
        foreach (var client in new[] { anonymous, wrong })
        {
            foreach (var (method, path) in new[]
            {
                (HttpMethod.Post, "/api/ingest"), (HttpMethod.Post, "/api/brands"), (HttpMethod.Get, "/api/brands"),
                (HttpMethod.Get, $"/api/brands/{BrandA}"), (HttpMethod.Get, $"/api/brands/{BrandA}/escalations"),
                (HttpMethod.Get, $"/api/brands/{BrandA}/dashboard"), (HttpMethod.Get, "/api/posts/p1"),
                (HttpMethod.Post, "/api/posts/p1/answer"), (HttpMethod.Get, "/api/customers/u1"),
                (HttpMethod.Get, "/api/escalations/stream"), (HttpMethod.Get, "/api/status"),
            })
            {
                using var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Post ? new StringContent("{}", Encoding.UTF8, "application/json") : null };
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public async Task Scopes_decide_ingest_registration_and_reading()
    {
        await EnsureBrandsAsync();
        using var ingest = host.Client(IngestKey);
        using var readA = host.Client(ReadBrandAKey);
        var line = Post("scope-p1", "@AclAlphaCare thanks for the quick help", "scope-u1");

        Assert.Equal(HttpStatusCode.OK, (await IngestAsync(ingest, [line])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await IngestAsync(readA, [line])).StatusCode);

        var brand = new { id = "scope-new", name = "Scope New", handles = new[] { "@ScopeNew" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await ingest.PostAsJsonAsync("/api/brands", brand, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readA.PostAsJsonAsync("/api/brands", brand, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Http.PostAsJsonAsync("/api/brands", brand, Ct)).StatusCode);

        // An ingest key reads nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await ingest.GetAsync("/api/brands", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ingest.GetAsync($"/api/brands/{BrandA}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ingest.GetAsync("/api/posts/scope-p1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ingest.GetAsync("/api/status", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_key_is_accepted_as_header_as_bearer_token_and_as_basic_password()
    {
        using var bearer = host.Client(null);
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ReadBrandAKey);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/status", Ct)).StatusCode);

        using var basic = host.Client(null);
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + AdminKey)));
        Assert.Equal(HttpStatusCode.OK, (await basic.GetAsync("/api/status", Ct)).StatusCode);

        using var wrongBearer = host.Client(null);
        wrongBearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongBearer.GetAsync("/api/status", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_brand_key_reads_its_brand_and_nothing_of_the_other()
    {
        await EnsureBrandsAsync();
        await IngestAsync(host.Http, [
            Post("own-a", "@AclAlphaCare my order is late", "own-author-a"),
            Post("own-b", "@AclBetaCare my order is late", "own-author-b"),
        ]);
        await PipelineStatus.WaitSettledAsync(host.Http, Ct);
        using var readA = host.Client(ReadBrandAKey);

        var brands = await readA.GetFromJsonAsync<JsonElement[]>("/api/brands", Ct);
        Assert.Equal([BrandA], brands!.Select(b => b.GetProperty("id").GetString()).ToArray());
        Assert.Equal(HttpStatusCode.OK, (await readA.GetAsync($"/api/brands/{BrandA}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readA.GetAsync($"/api/brands/{BrandA}/escalations?status=all", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readA.GetAsync($"/api/brands/{BrandA}/dashboard", Ct)).StatusCode);
        foreach (var path in new[] { $"/api/brands/{BrandB}", $"/api/brands/{BrandB}/escalations?status=all", $"/api/brands/{BrandB}/dashboard", "/api/posts/own-b", "/api/customers/own-author-b" })
        {
            var response = await readA.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.OK, (await readA.GetAsync("/api/posts/own-a", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readA.GetAsync("/api/customers/own-author-a", Ct)).StatusCode);

        // The admin key is refused nothing: the same paths answer.
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/posts/own-b", Ct)).StatusCode);
        Assert.Equal(2, (await host.Http.GetFromJsonAsync<JsonElement[]>("/api/brands", Ct))!.Count(b => b.GetProperty("id").GetString()!.StartsWith("acl-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_post_about_two_brands_shows_each_key_only_its_own_brand_and_answers_only_for_it()
    {
        await EnsureBrandsAsync();
        await IngestAsync(host.Http, [
            Post("two-1", "@AclAlphaCare @AclBetaCare both of you lost my parcel", "two-author"),
            Post("two-2", "@AclBetaCare still nothing from you", "two-author", T0.AddMinutes(1)),
        ]);
        await PipelineStatus.WaitSettledAsync(host.Http, Ct);
        using var readA = host.Client(ReadBrandAKey);
        using var readB = host.Client(ReadBrandBKey);

        var asAdmin = await host.Http.GetFromJsonAsync<JsonElement>("/api/posts/two-1", Ct);
        Assert.Equal([BrandA, BrandB], Strings(asAdmin.GetProperty("brands")).Order().ToArray());
        var asA = await readA.GetFromJsonAsync<JsonElement>("/api/posts/two-1", Ct);
        Assert.Equal([BrandA], Strings(asA.GetProperty("brands")));

        // The author posted about both brands: key A sees them, but only A's side.
        var customerAsA = await readA.GetFromJsonAsync<JsonElement>("/api/customers/two-author", Ct);
        Assert.Equal([BrandA], customerAsA.GetProperty("brands").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(1, customerAsA.GetProperty("postCount").GetInt64());
        Assert.All(customerAsA.GetProperty("openComplaints").EnumerateArray(), c => Assert.Equal([BrandA], Strings(c.GetProperty("brands"))));
        Assert.DoesNotContain("two-2", customerAsA.GetProperty("openComplaints").EnumerateArray().Select(c => c.GetProperty("postId").GetString()));
        var customerAsAdmin = await host.Http.GetFromJsonAsync<JsonElement>("/api/customers/two-author", Ct);
        Assert.Equal(2, customerAsAdmin.GetProperty("brands").EnumerateObject().Count());

        // Key A may not answer for B, and answering without a brand answers for A only.
        Assert.Equal(HttpStatusCode.Forbidden, (await readA.PostAsJsonAsync("/api/posts/two-1/answer", new { brandId = BrandB }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readA.PostAsJsonAsync("/api/posts/two-1/answer", new { }, Ct)).StatusCode);
        await PipelineStatus.WaitSettledAsync(host.Http, Ct);
        asAdmin = await host.Http.GetFromJsonAsync<JsonElement>("/api/posts/two-1", Ct);
        Assert.Equal([BrandA], asAdmin.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("brandId").GetString()).ToArray());
        Assert.False(asAdmin.GetProperty("answered").GetBoolean());
        asA = await readA.GetFromJsonAsync<JsonElement>("/api/posts/two-1", Ct);
        Assert.True(asA.GetProperty("answered").GetBoolean());
        var asB = await readB.GetFromJsonAsync<JsonElement>("/api/posts/two-1", Ct);
        Assert.Empty(asB.GetProperty("answers").EnumerateArray());
        Assert.False(asB.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task The_live_feed_carries_only_the_keys_brands()
    {
        await EnsureBrandsAsync();
        using var readA = host.Client(ReadBrandAKey);
        using var readB = host.Client(ReadBrandBKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await readA.GetAsync($"/api/escalations/stream?brand={BrandB}", HttpCompletionOption.ResponseHeadersRead, Ct)).StatusCode);

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var feedAdmin = new StreamReader(await host.Http.GetStreamAsync("/api/escalations/stream", cancel.Token));
        using var feedA = new StreamReader(await readA.GetStreamAsync("/api/escalations/stream", cancel.Token));
        using var feedB = new StreamReader(await readB.GetStreamAsync($"/api/escalations/stream?brand={BrandB}", cancel.Token));

        // First an escalation of B alone; once the admin feed has it, one on a post about both brands.
        await IngestAsync(host.Http, Spreading("feed-b", "@AclBetaCare charged twice, terrible service, nobody answers", T0));
        await NextEscalationAsync(feedAdmin, e => e == $"{BrandB}:feed-b", cancel.Token);
        await IngestAsync(host.Http, Spreading("feed-ab", "@AclAlphaCare @AclBetaCare charged twice, terrible service, nobody answers", T0.AddHours(1)));

        Assert.Equal($"{BrandA}:feed-ab", await NextEscalationAsync(feedA, _ => true, cancel.Token));
        Assert.Equal($"{BrandB}:feed-b", await NextEscalationAsync(feedB, _ => true, cancel.Token));
        Assert.Equal($"{BrandB}:feed-ab", await NextEscalationAsync(feedB, e => e != $"{BrandB}:feed-b", cancel.Token));
    }

    [Fact]
    public async Task The_Orleans_Dashboard_needs_the_admin_scope()
    {
        using var anonymous = host.Client(null);
        var refused = await anonymous.GetAsync("/dashboard", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.StartsWith("Basic", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        using var readA = host.Client(ReadBrandAKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await readA.GetAsync("/dashboard", Ct)).StatusCode);
        using var ingest = host.Client(IngestKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await ingest.GetAsync("/dashboard", Ct)).StatusCode);

        var page = await host.Http.GetAsync("/dashboard", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("html", (await page.Content.ReadAsStringAsync(Ct)).ToLowerInvariant());

        // A browser sends the key as the Basic password after the challenge.
        using var browser = host.Client(null);
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + AdminKey)));
        // (HttpClient drops Authorization on the redirect from /dashboard to /dashboard/; a browser re-sends it.)
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard/", Ct)).StatusCode);
    }

    [Fact]
    public async Task Keys_never_reach_the_logs()
    {
        using var wrong = host.Client("wrong-key-that-must-not-be-logged");
        await wrong.GetAsync("/api/status", Ct);
        using var readA = host.Client(ReadBrandAKey);
        await readA.GetAsync($"/api/brands/{BrandB}", Ct);
        await host.Http.GetAsync("/api/status", Ct);

        Assert.Contains(host.Logs.Messages, m => m.Contains("not authenticated", StringComparison.OrdinalIgnoreCase));
        foreach (var key in new[] { "wrong-key-that-must-not-be-logged", ReadBrandAKey, AdminKey, IngestKey })
        {
            Assert.DoesNotContain(host.Logs.Messages, m => m.Contains(key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_page_and_the_OpenAPI_document_need_no_key_and_describe_every_endpoint()
    {
        using var anonymous = host.Client(null);
        var page = await anonymous.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/ingest", "/api/brands", "/api/brands/preview", "/api/brands/backtest", "/api/brands/{id}", "/api/brands/{id}/escalations", "/api/brands/{id}/dashboard", "/api/escalations/stream", "/api/posts/{id}", "/api/posts/{id}/answer", "/api/customers/{id}", "/api/status" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }
        var ingest = paths.GetProperty("/api/ingest").GetProperty("post");
        Assert.Contains("\"kind\":\"post\"", ingest.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-ndjson").GetProperty("example").GetString());
        Assert.Equal(2, ingest.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("accepted").GetInt32());
        Assert.True(paths.GetProperty("/api/brands/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out var notFound));
        Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _));
        var preview = paths.GetProperty("/api/brands/preview").GetProperty("post");
        Assert.Equal(1, preview.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("matched").GetInt32());
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
    }

    private async Task EnsureBrandsAsync()
    {
        foreach (var (id, handle) in new[] { (BrandA, "AclAlphaCare"), (BrandB, "AclBetaCare") })
        {
            var response = await host.Http.PostAsJsonAsync("/api/brands", new { id, name = handle, handles = new[] { "@" + handle }, responseTargetMinutes = 60 }, Ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> IngestAsync(HttpClient client, IEnumerable<string> lines) =>
        await client.PostAsync("/api/ingest", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"), Ct);

    private static IEnumerable<string> Spreading(string postId, string text, DateTime at)
    {
        yield return Post(postId, text, postId + "-author", at, followers: 5_000);
        for (var i = 0; i < 40; i++)
        {
            yield return JsonSerializer.Serialize(new
            {
                kind = "repost",
                id = $"{postId}-r{i}",
                postId,
                createdAt = at.AddMinutes(1).AddSeconds(i * 10),
                author = new { id = $"{postId}-fan{i}", followers = 900 },
            });
        }
    }

    private static string Post(string id, string text, string authorId, DateTime? at = null, long followers = 100) => JsonSerializer.Serialize(new
    {
        kind = "post",
        id,
        platform = "twitter",
        createdAt = at ?? T0,
        author = new { id = authorId, handle = authorId, followers },
        text,
        lang = "en",
    });

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>The id of the next escalation on the feed that <paramref name="wanted"/> accepts.</summary>
    private static async Task<string> NextEscalationAsync(StreamReader feed, Func<string, bool> wanted, CancellationToken cancellationToken)
    {
        while (await feed.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var id = JsonDocument.Parse(line["data: ".Length..]).RootElement.GetProperty("id").GetString()!;
                if (wanted(id))
                {
                    return id;
                }
            }
        }
        throw new EndOfStreamException("escalation feed closed");
    }
}
