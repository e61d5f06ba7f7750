using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Streams.IntegrationTests.Infrastructure;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests;

/// <summary>
/// Ingest holds a request that finds the in-flight budget spent until the partitions make room,
/// instead of refusing it at once: a client sending faster than the partitions apply gets slower
/// answers, not 503s, as long as the partitions keep up within the admission wait.
/// </summary>
public sealed class IngestBackpressureTests
{
    private const string IngestKey = "backpressure-ingest";
    private const int Requests = 16;
    private const int EventsPerRequest = 50;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requests_beyond_the_in_flight_budget_wait_for_room_and_are_all_accepted()
    {
        // A budget of one event: every request is bigger than the whole budget, so each one is
        // let in only when nothing else is in flight, and all the others must wait for it.
        await using var host = await StartAsync(admissionWaitMilliseconds: 60_000);
        using var http = Client(host, TimeSpan.FromMinutes(3));

        var responses = await SendAllAtOnceAsync(http);

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            Assert.Equal(EventsPerRequest, body.RootElement.GetProperty("accepted").GetInt32());
        }
        var status = await PipelineStatus.WaitSettledAsync(http, Ct);
        Assert.Equal(Requests * EventsPerRequest, status.GetProperty("processed").GetInt64());
    }

    [Fact]
    public async Task A_request_that_finds_no_room_within_the_admission_wait_gets_503_and_nothing_of_it_is_taken()
    {
        await using var host = await StartAsync(admissionWaitMilliseconds: 0);
        using var http = Client(host, TimeSpan.FromSeconds(100));

        // Sixteen at once with no wait: at least one finds another's events still in flight.
        var responses = await SendAllAtOnceAsync(http);

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToArray();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.NotNull(r.Headers.RetryAfter));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        var accepted = responses.Count(r => r.StatusCode == HttpStatusCode.OK) * EventsPerRequest;
        var status = await PipelineStatus.WaitSettledAsync(http, Ct);
        Assert.Equal(accepted, status.GetProperty("processed").GetInt64());
        Assert.Equal(accepted, status.GetProperty("accepted").GetInt64());
    }

    /// <summary>A host whose in-flight budget is a single event.</summary>
    private static Task<LoopbackHost> StartAsync(int admissionWaitMilliseconds) => LoopbackHost.StartAsync([
        "--Streams:ApiKeys:0:Key", IngestKey,
        "--Streams:ApiKeys:0:Scopes:0", "ingest",
        "--Streams:MaxInFlightEvents", "1",
        "--Streams:AdmissionWaitMilliseconds", admissionWaitMilliseconds.ToString(CultureInfo.InvariantCulture),
    ]);

    private static HttpClient Client(LoopbackHost host, TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = host.Address, Timeout = timeout };
        http.DefaultRequestHeaders.Add("X-Api-Key", IngestKey);
        return http;
    }

    private static Task<HttpResponseMessage[]> SendAllAtOnceAsync(HttpClient http) =>
        Task.WhenAll(Enumerable.Range(0, Requests).Select(r => http.PostAsync(
            "/api/ingest",
            new StringContent(Body(r), Encoding.UTF8, "application/x-ndjson"),
            Ct)));

    private static string Body(int request)
    {
        var at = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc).AddSeconds(request);
        return string.Join('\n', Enumerable.Range(0, EventsPerRequest).Select(i => JsonSerializer.Serialize(new
        {
            kind = "post",
            id = $"bp-{request}-{i}",
            platform = "twitter",
            createdAt = at,
            author = new { id = $"bp-author-{i}", handle = $"bp{i}", followers = 10, verified = false },
            text = "Still waiting for my parcel",
            lang = "en",
        })));
    }
}
