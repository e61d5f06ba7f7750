using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Streams.Client.Cli;
using Streams.Client.Http;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary><c>POST /api/brands/preview</c> through the real host: a query tried on sample posts before it goes live.</summary>
public sealed class BrandPreviewApiTests(StreamsHostFixture host) : IClassFixture<StreamsHostFixture>
{
    private static readonly object Brand = new
    {
        id = "pvorange",
        name = "Orange",
        handles = new[] { "@PvOrangeCare" },
        query = "orange NEAR/3 (forfait OR réseau OR fibre OR livebox) NOT (jus OR pressée)",
        topics = new[] { new { id = "fibre-install", en = new[] { "technician" }, fr = new[] { "technicien", "raccordement" } } },
    };

    private static readonly string[] Texts =
    [
        "Orange fibre : toujours pas de technicien pour le raccordement, je vais résilier",
        "un jus d'orange pressée avec le forfait du midi",
        "@PvOrangeCare my Orange livebox has been down for 3 hours, no answer from support",
        "Thanks Orange, the new fibre is great!",
        "une orange et une banane",
    ];

    private HttpClient Http => host.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_preview_reads_posts_as_the_live_pipeline_does_and_registers_nothing()
    {
        var response = await Http.PostAsJsonAsync("/api/brands/preview", new { brand = Brand, posts = Texts.Select(t => new { text = t }) }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var posts = preview.GetProperty("posts").EnumerateArray().ToArray();
        bool[] expected = [true, false, true, true, false];
        Assert.Equal(expected, posts.Select(p => p.GetProperty("matched").GetBoolean()));
        Assert.Equal(3, preview.GetProperty("matched").GetInt32());
        Assert.Equal("french", posts[0].GetProperty("language").GetString());
        Assert.Equal("negative", posts[0].GetProperty("sentimentLabel").GetString());
        Assert.Contains("fibre-install", posts[0].GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("churnThreat", posts[0].GetProperty("intents").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("positive", posts[3].GetProperty("sentimentLabel").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/brands/pvorange", Ct)).StatusCode);

        // The same brand registered and the same posts ingested: the pipeline takes exactly the posts the preview did.
        var registered = await Http.PostAsJsonAsync("/api/brands", Brand, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var lines = Texts.Select((text, i) => JsonSerializer.Serialize(new
        {
            kind = "post",
            id = $"pv{i}",
            platform = "twitter",
            createdAt = "2026-11-22T10:00:00Z",
            author = new { id = $"pv-author-{i}", handle = $"pvauthor{i}", followers = 100 },
            text,
        })).ToArray();
        await HostIngest.AcceptAllAsync(Http, lines, Ct);
        await PipelineStatus.WaitSettledAsync(Http, Ct);
        for (var i = 0; i < Texts.Length; i++)
        {
            var post = await Http.GetFromJsonAsync<JsonElement>($"/api/posts/pv{i}", Ct);
            Assert.Equal(expected[i], post.GetProperty("brands").EnumerateArray().Any(b => b.GetString() == "pvorange"));
        }
    }

    [Fact]
    public async Task A_post_by_one_of_the_brand_handles_is_its_own_post_with_or_without_the_at_sign()
    {
        var response = await Http.PostAsJsonAsync("/api/brands/preview", new
        {
            brand = Brand,
            posts = new[]
            {
                new { text = "Orange: votre forfait fibre évolue", author = new { handle = "@PvOrangeCare" } },
                new { text = "Orange: votre forfait fibre évolue", author = new { handle = "pvorangecare" } },
                new { text = "Orange: votre forfait fibre évolue", author = new { handle = "someone" } },
            },
        }, Ct);

        var posts = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("posts").EnumerateArray().ToArray();
        Assert.Equal([true, true, false], posts.Select(p => p.GetProperty("ownPost").GetBoolean()));
        Assert.Equal([false, false, true], posts.Select(p => p.GetProperty("matched").GetBoolean()));
    }

    [Fact]
    public async Task A_brand_that_registration_would_refuse_is_refused_with_the_same_error()
    {
        var response = await Http.PostAsJsonAsync("/api/brands/preview", new
        {
            brand = new { id = "pvbad", name = "Bad", query = "orange AND (forfait OR" },
            posts = new[] { new { text = "orange forfait" } },
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(await ErrorsOf(response));
        Assert.StartsWith("brand: query at position", error);
    }

    [Fact]
    public async Task Bad_sample_posts_are_named_by_position_and_nothing_is_read()
    {
        var response = await Http.PostAsync("/api/brands/preview", Json(
            """{"brand":{"id":"pvok","name":"Okco"},"posts":[{"text":"fine"},{"lang":"en"},null,{"text":"x","platform":"myspace"},{"text":"y","author":{"followers":-3}}]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsOf(response);
        Assert.Equal(4, errors.Length);
        Assert.Equal("posts[1]: missing field 'text'", errors[0]);
        Assert.Equal("posts[2]: null instead of a post object", errors[1]);
        Assert.StartsWith("posts[3]: field 'platform' is 'myspace', not one of", errors[2]);
        Assert.Equal("posts[4]: field 'author.followers' is -3; it cannot be negative", errors[3]);

        var tooMany = await Http.PostAsJsonAsync("/api/brands/preview", new { brand = new { id = "pvok", name = "Okco" }, posts = Enumerable.Repeat(new { text = "a" }, 1_001) }, Ct);
        Assert.Equal("posts: 1,001 sample posts; at most 1,000 per preview", Assert.Single(await ErrorsOf(tooMany)));
        var none = await Http.PostAsJsonAsync("/api/brands/preview", new { brand = new { id = "pvok", name = "Okco" } }, Ct);
        Assert.Equal("posts: send at least one sample post", Assert.Single(await ErrorsOf(none)));
    }

    [Fact]
    public async Task Malformed_json_and_wrong_types_get_a_400_and_the_silo_keeps_serving()
    {
        var malformed = await Http.PostAsync("/api/brands/preview", Json("""{"brand":{"id":"x","name":"X"},"posts":[{"text":"a"}"""), Ct);
        var wrongType = await Http.PostAsync("/api/brands/preview", Json("""{"brand":{"id":"x","name":"X"},"posts":[{"text":"a","author":{"followers":"lots"}}]}"""), Ct);
        var noBrand = await Http.PostAsync("/api/brands/preview", Json("""{"posts":[{"text":"a"}]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noBrand.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/api/status", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_streams_preview_command_reads_any_number_of_samples_in_requests_the_silo_takes()
    {
        using var api = new StreamsApiClient(host.BaseAddress, StreamsHostFixture.AdminKey);
        using var brand = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(Brand));
        // 2,500 samples: three requests of at most 1,000, numbered on from one request to the next.
        var samples = Enumerable.Range(0, 2_500)
            .Select(i => Texts[i % Texts.Length])
            .Select(text => (JsonSerializer.SerializeToElement(new { text }), text))
            .ToList();
        var output = new StringWriter();

        var matched = await BrandPreviewCommand.RunAsync(api, brand.RootElement, samples, matchedOnly: true, output, Ct);

        Assert.Equal(1_500, matched);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1500 of 2500 posts matched", lines[^1].TrimEnd());
        var rows = lines[2..^1];
        Assert.Equal(1_500, rows.Length);
        Assert.StartsWith("2499 ", rows[^1]); // Sample 2,499 is Texts[3], taken; 2,500 is Texts[4], not.
        Assert.All(rows, row => Assert.Contains(" yes ", row));
    }

    [Fact]
    public async Task A_preview_names_the_care_rules_that_held_the_model_s_reading()
    {
        var brand = new { id = "pvrules", name = "Rulesco" };
        string[] texts =
        [
            "Rulesco is not bad at all actually",
            "great, Rulesco cancelled my order again. just great.",
            "@RulescoCare still waiting for a reply to my email from last week",
            "love waiting on hold with Rulesco /s",
            "thanks Rulesco for the refund!",
        ];
        var response = await Http.PostAsJsonAsync("/api/brands/preview", new { brand, posts = texts.Select(t => new { text = t }) }, Ct);
        var posts = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("posts").EnumerateArray().ToArray();

        string[][] rules = [.. posts.Select(p => p.GetProperty("sentimentRules").EnumerateArray().Select(r => r.GetString()!).ToArray())];
        Assert.Equal(["negatedCriticism"], rules[0]);
        Assert.Equal(["ironicPraise"], rules[1]);
        Assert.Equal(["plainComplaint"], rules[2]);
        Assert.Contains("sarcasmMarker", rules[3]);
        Assert.Empty(rules[4]);
        Assert.Equal(["neutral", "negative", "negative", "negative", "positive"], posts.Select(p => p.GetProperty("sentimentLabel").GetString()));

        // The command line shows them beside the sentiment.
        using var api = new StreamsApiClient(host.BaseAddress, StreamsHostFixture.AdminKey);
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(brand));
        var output = new StringWriter();
        await BrandPreviewCommand.RunAsync(api, document.RootElement, [(JsonSerializer.SerializeToElement(new { text = texts[2] }), texts[2])], matchedOnly: false, output, Ct);
        Assert.Contains("negative (plainComplaint)", output.ToString());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<string[]> ErrorsOf(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)];
    }
}
