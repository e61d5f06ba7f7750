using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary>
/// A JSON body the framework cannot bind is answered with what was wrong and where, on every endpoint that takes one,
/// and the host keeps serving.
/// </summary>
public sealed class RequestBodyErrorTests(StreamsHostFixture host) : IClassFixture<StreamsHostFixture>
{
    private HttpClient Http => host.Http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/brands", """{"id":"x","name":"X","responseTargetMinutes":"soon"}""", "field '$.responseTargetMinutes' (line 1, byte 51) must be a whole number in range")]
    [InlineData("/api/brands", """{"id":"x","name":"X","replaceTopics":"yes"}""", "field '$.replaceTopics' (line 1, byte 42) must be true or false")]
    [InlineData("/api/brands", """{"id":"x","name":"X","handles":"acme"}""", "field '$.handles' (line 1, byte 37) must be an array")]
    [InlineData("/api/brands", """{"id":"x","name":"X","escalation":[1]}""", "field '$.escalation' (line 1, byte 35) must be an object")]
    [InlineData("/api/brands", """{"id":"x","name":"X","escalation":{"threshold":"high"}}""", "field '$.escalation.threshold' (line 1, byte 53) must be a number in range")]
    [InlineData("/api/brands/batch", """[{"id":"x","name":7}]""", "field '$[0].name' (line 1, byte 19) must be a string")]
    [InlineData("/api/brands/preview", """{"brand":{"id":"x","name":"X"},"posts":[{"text":5}]}""", "field '$.posts[0].text' (line 1, byte 49) must be a string")]
    [InlineData("/api/posts/nope/answer", """{"at":"yesterday"}""", "field '$.at' (line 1, byte 17) must be an ISO-8601 time such as \"2026-11-22T10:00:00Z\"")]
    [InlineData("/api/brands", "garbage", "malformed JSON at line 1, byte 0: 'g' is an invalid start of a value")]
    public async Task A_body_that_cannot_be_bound_gets_a_400_that_says_what_and_where(string path, string body, string detail)
    {
        var response = await Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/api/status", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_truncated_body_names_the_position_where_it_ends()
    {
        var response = await Http.PostAsync("/api/brands", new StringContent("""{"id":"x","name":""", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.StartsWith("malformed JSON at line 1, byte 17", detail);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_an_unsupported_media_type()
    {
        var response = await Http.PostAsync("/api/brands", new StringContent("{}", Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
