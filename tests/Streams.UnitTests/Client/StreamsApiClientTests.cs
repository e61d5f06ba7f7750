using Xunit;
using System.Net;
using System.Text;
using System.Text.Json;
using Streams.Client.Brands;
using Streams.Client.Http;

namespace Streams.UnitTests.Client;

public sealed class StreamsApiClientTests
{
    private static readonly Uri BaseUrl = new("http://silo.test:5080/");

    [Fact]
    public async Task Ingest_waits_out_a_503_with_retry_after_and_resends_the_same_batch()
    {
        var handler = new ScriptedHandler(
            _ => Throttled(HttpStatusCode.ServiceUnavailable, seconds: 3),
            _ => Throttled(HttpStatusCode.TooManyRequests, seconds: 1),
            _ => Json(HttpStatusCode.OK, "{\"accepted\":2,\"rejected\":[]}"));
        var clock = new FakePacingClock();
        using var api = new StreamsApiClient(BaseUrl, "secret", handler, clock);
        var body = Encoding.UTF8.GetBytes("{\"kind\":\"like\"}\n{\"kind\":\"like\"}\n");

        var response = await api.IngestAsync(body, CancellationToken.None);

        Assert.Equal(2, response.Accepted);
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1)], clock.Delays);
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, request =>
        {
            Assert.Equal(body, request.Body);
            Assert.Equal("http://silo.test:5080/api/ingest", request.Uri);
            Assert.Equal("application/x-ndjson", request.ContentType);
            Assert.Equal("secret", request.ApiKey);
        });
        Assert.Equal(2, api.ThrottledResponses);
    }

    [Fact]
    public async Task A_503_without_retry_after_waits_the_default()
    {
        var handler = new ScriptedHandler(
            _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            _ => Json(HttpStatusCode.OK, "{\"accepted\":1,\"rejected\":[]}"));
        var clock = new FakePacingClock();
        using var api = new StreamsApiClient(BaseUrl, null, handler, clock);

        await api.IngestAsync("{}\n"u8.ToArray(), CancellationToken.None);

        Assert.Equal([RetryAfter.Default], clock.Delays);
        Assert.Null(handler.Requests[0].ApiKey);
    }

    [Fact]
    public async Task Other_errors_surface_with_status_and_body()
    {
        var handler = new ScriptedHandler(_ => Json(HttpStatusCode.RequestEntityTooLarge, "{\"error\":\"body over 4 MiB\"}"));
        using var api = new StreamsApiClient(BaseUrl, null, handler, new FakePacingClock());

        var error = await Assert.ThrowsAsync<ApiException>(() => api.IngestAsync("{}\n"u8.ToArray(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.Status);
        Assert.Contains("413", error.Message, StringComparison.Ordinal);
        Assert.Contains("body over 4 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_says_the_silo_is_not_reachable()
    {
        // Port 1 on loopback is closed on any sane machine: the connection is refused at once.
        using var api = new StreamsApiClient(new Uri("http://127.0.0.1:1/"), null);

        var error = await Assert.ThrowsAsync<SiloUnreachableException>(() => api.GetJsonAsync("api/status", CancellationToken.None));

        Assert.Contains("not reachable at http://127.0.0.1:1/", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project silo/Streams.Silo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brands_are_posted_in_the_contract_shape()
    {
        var handler = new ScriptedHandler(_ => Json(HttpStatusCode.Created, "{}"));
        using var api = new StreamsApiClient(BaseUrl, null, handler, new FakePacingClock());

        await api.PostBrandAsync(new BrandRegistration("acme", "Acme", [new BrandHandleSpec(null, "AcmeHelp"), new BrandHandleSpec("twitter", "acme")], ["ACME Corp"], ["en", "fr"], 30), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("http://silo.test:5080/api/brands", request.Uri);
        Assert.Equal(
            "{\"id\":\"acme\",\"name\":\"Acme\",\"handles\":[\"AcmeHelp\",{\"platform\":\"twitter\",\"handle\":\"acme\"}],\"aliases\":[\"ACME Corp\"],\"languages\":[\"en\",\"fr\"],\"responseTargetMinutes\":30}",
            Encoding.UTF8.GetString(request.Body));
    }

    [Fact]
    public async Task Many_brands_go_to_the_batch_endpoint_a_thousand_at_a_time()
    {
        var handler = new ScriptedHandler(_ => Json(HttpStatusCode.OK, "{}"));
        using var api = new StreamsApiClient(BaseUrl, null, handler, new FakePacingClock());
        var brands = Enumerable.Range(0, 2_500)
            .Select(i => new BrandRegistration($"b{i}", $"Brand {i}", [new BrandHandleSpec(null, $"Help{i}")], [], [], 60))
            .ToArray();

        await api.PostBrandsAsync(brands, CancellationToken.None);

        Assert.All(handler.Requests, r => Assert.Equal("http://silo.test:5080/api/brands/batch", r.Uri));
        var sizes = handler.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetArrayLength()).ToArray();
        Assert.Equal([1_000, 1_000, 500], sizes);
        var last = JsonDocument.Parse(handler.Requests[^1].Body).RootElement;
        Assert.Equal("b2499", last[499].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(null, 1.0)]
    [InlineData(0, 0.1)]
    [InlineData(5, 5.0)]
    [InlineData(3600, 60.0)]
    public void Retry_after_is_read_and_bounded(int? seconds, double expected)
    {
        var header = seconds is null ? null : new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds.Value));
        Assert.Equal(TimeSpan.FromSeconds(expected), RetryAfter.From(header, DateTimeOffset.UnixEpoch));
    }

    private static HttpResponseMessage Throttled(HttpStatusCode status, int seconds)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("busy") };
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
