using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary>Brand queries, not-about-us feedback, topics, intents and churn risk, through the real host.</summary>
public sealed class TextUnderstandingApiTests(StreamsHostFixture host) : IClassFixture<StreamsHostFixture>
{
    private HttpClient Http => host.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_invalid_query_is_refused_at_registration_with_its_position()
    {
        var response = await Http.PostAsJsonAsync("/api/brands", new { id = "badquery", name = "Badquery", query = "orange AND (forfait OR" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetString()!;
        Assert.StartsWith("query at position", error);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/brands/badquery", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_brand_with_a_common_word_name_is_matched_only_in_the_context_its_query_gives()
    {
        await RegisterAsync(new
        {
            id = "orangeq",
            name = "Orange",
            handles = new[] { "@OrangeQCare" },
            query = "orange AND (forfait OR réseau OR fibre OR @OrangeQCare)",
        });
        await IngestAsync(
            Post("oq1", "I ate an orange and a banana at lunch"),
            Post("oq2", "Orange: mon forfait a encore augmenté, c'est une honte"),
            Post("oq3", "plus de reseau ORANGE depuis ce matin"));
        await PipelineStatus.WaitSettledAsync(Http, Ct);

        var brand = await Http.GetFromJsonAsync<JsonElement>("/api/brands/orangeq", Ct);
        Assert.Equal(2, brand.GetProperty("mentionCount").GetInt64());
        Assert.Equal("orange AND (forfait OR réseau OR fibre OR @OrangeQCare)", brand.GetProperty("query").GetString());
        Assert.Empty((await Http.GetFromJsonAsync<JsonElement>("/api/posts/oq1", Ct)).GetProperty("brands").EnumerateArray());
    }

    [Fact]
    public async Task Not_about_us_feedback_excludes_look_alikes_from_then_on()
    {
        await RegisterAsync(new { id = "mangoco", name = "Mango", handles = new[] { "@MangoCare" } });
        await IngestAsync(Post("mg1", "best mango smoothie recipe with yogurt and banana"));
        await PipelineStatus.WaitSettledAsync(Http, Ct);
        Assert.Equal("mangoco", (await Http.GetFromJsonAsync<JsonElement>("/api/posts/mg1", Ct)).GetProperty("brands")[0].GetString());

        var feedback = await Http.PostAsJsonAsync("/api/posts/mg1/not-about-us", new { brandId = "mangoco" }, Ct);
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        var learned = (await feedback.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("learned").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Contains("smoothie", learned);

        await IngestAsync(
            Post("mg2", "mango smoothie with greek yogurt tonight"),
            Post("mg3", "@MangoCare my Mango order never arrived"));
        await PipelineStatus.WaitSettledAsync(Http, Ct);
        Assert.Empty((await Http.GetFromJsonAsync<JsonElement>("/api/posts/mg2", Ct)).GetProperty("brands").EnumerateArray());
        Assert.Equal("mangoco", (await Http.GetFromJsonAsync<JsonElement>("/api/posts/mg3", Ct)).GetProperty("brands")[0].GetString());

        var notMatched = await Http.PostAsJsonAsync("/api/posts/mg2/not-about-us", new { brandId = "mangoco" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notMatched.StatusCode);
    }

    [Fact]
    public async Task Topics_intents_and_churn_risk_reach_the_brand_the_post_and_the_customer()
    {
        await RegisterAsync(new { id = "telcoz", name = "Telcoz", handles = new[] { "@TelcozHelp" } });
        await IngestAsync(
            Post("tz1", "@TelcozHelp my package never arrived and I want a refund. I'm switching to another provider", author: "churner"),
            Post("tz2", "@TelcozHelp the internet is down again, outage all day", author: "other"));
        await PipelineStatus.WaitSettledAsync(Http, Ct);

        var brand = await Http.GetFromJsonAsync<JsonElement>("/api/brands/telcoz", Ct);
        var topics = brand.GetProperty("topics").EnumerateArray().ToDictionary(t => t.GetProperty("topic").GetString()!, t => t.GetProperty("count").GetInt64());
        Assert.True(topics.Count >= 2, $"topics: {string.Join(", ", topics.Keys)}");
        Assert.True(brand.GetProperty("intents").GetProperty("churnThreat").GetInt64() >= 1);

        var post = await Http.GetFromJsonAsync<JsonElement>("/api/posts/tz1", Ct);
        Assert.Contains("churnThreat", post.GetProperty("intents").EnumerateArray().Select(i => i.GetString()));
        Assert.NotEmpty(post.GetProperty("topics").EnumerateArray());

        var churner = await Http.GetFromJsonAsync<JsonElement>("/api/customers/author-churner", Ct);
        Assert.True(churner.GetProperty("churnRisk").GetDouble() > 0.5);
        var other = await Http.GetFromJsonAsync<JsonElement>("/api/customers/author-other", Ct);
        Assert.True(other.GetProperty("churnRisk").GetDouble() < churner.GetProperty("churnRisk").GetDouble());
    }

    [Fact]
    public async Task Switching_to_a_brand_is_a_prospect_for_it_and_leaving_a_brand_is_churn_against_it_alone()
    {
        await RegisterAsync(new { id = "globexsw", name = "Globexsw", handles = new[] { "@GlobexswCare" } });
        await RegisterAsync(new { id = "initechsw", name = "Initechsw", handles = new[] { "@InitechswHelp" } });
        await IngestAsync(
            Post("sw1", "Thinking about switching to Globexsw, anyone tried their new plan?", author: "prospect"),
            Post("sw2", "@InitechswHelp third outage this week. I'm switching to @GlobexswCare", author: "leaver"),
            Post("sw3", "je quitte Initechsw à la fin du mois", author: "quitter"),
            Post("sw4", "je quitte le bureau et je passe voir Initechsw", author: "visitor"));
        await PipelineStatus.WaitSettledAsync(Http, Ct);

        var globex = (await Http.GetFromJsonAsync<JsonElement>("/api/brands/globexsw", Ct)).GetProperty("intents");
        Assert.Equal(0, globex.GetProperty("churnThreat").GetInt64());
        Assert.Equal(2, globex.GetProperty("purchaseIntent").GetInt64());
        var initech = (await Http.GetFromJsonAsync<JsonElement>("/api/brands/initechsw", Ct)).GetProperty("intents");
        Assert.Equal(2, initech.GetProperty("churnThreat").GetInt64()); // sw2 and sw3; "je quitte le bureau" threatens no one.
        Assert.Equal(0, initech.GetProperty("purchaseIntent").GetInt64());

        var prospectPost = await Http.GetFromJsonAsync<JsonElement>("/api/posts/sw1", Ct);
        Assert.DoesNotContain("churnThreat", prospectPost.GetProperty("intents").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(0, (await Http.GetFromJsonAsync<JsonElement>("/api/customers/author-prospect", Ct)).GetProperty("churnRisk").GetDouble());
        Assert.True((await Http.GetFromJsonAsync<JsonElement>("/api/customers/author-leaver", Ct)).GetProperty("churnRisk").GetDouble() > 0.5);
        Assert.True((await Http.GetFromJsonAsync<JsonElement>("/api/customers/author-quitter", Ct)).GetProperty("churnRisk").GetDouble() > 0.5);
        Assert.Equal(0, (await Http.GetFromJsonAsync<JsonElement>("/api/customers/author-visitor", Ct)).GetProperty("churnRisk").GetDouble());
    }

    private async Task RegisterAsync(object brand)
    {
        var response = await Http.PostAsJsonAsync("/api/brands", brand, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    private Task IngestAsync(params string[] lines) => HostIngest.AcceptAllAsync(Http, lines, Ct);

    private static string Post(string id, string text, string author = "someone") => JsonSerializer.Serialize(new
    {
        kind = "post",
        id,
        platform = "twitter",
        createdAt = "2026-11-22T10:00:00Z",
        author = new { id = "author-" + author, handle = author, followers = 100 },
        text,
    });
}
