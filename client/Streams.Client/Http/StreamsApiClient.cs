using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Streams.Client.Brands;
using Streams.Client.Timing;

namespace Streams.Client.Http;

/// <summary>
/// The silo's HTTP API as the command line uses it. Ingest requests refused for back-pressure
/// (429/503) are resent unchanged after Retry-After, forever: the silo accepted nothing from them,
/// so resending cannot duplicate and giving up would drop events.
/// </summary>
public sealed class StreamsApiClient : IDisposable
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private static readonly MediaTypeHeaderValue NdjsonType = new("application/x-ndjson");
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    private readonly HttpClient _http;
    private readonly IPacingClock _clock;
    private readonly TimeProvider _wallClock;
    private long _throttledResponses;

    public StreamsApiClient(Uri baseUrl, string? apiKey, HttpMessageHandler? handler = null, IPacingClock? clock = null, TimeProvider? wallClock = null)
    {
        BaseUrl = baseUrl;
        _clock = clock ?? new SystemPacingClock();
        _wallClock = wallClock ?? TimeProvider.System;
        // Timeouts are per request: the escalation stream must stay open indefinitely.
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        _http.BaseAddress = baseUrl;
        _http.Timeout = Timeout.InfiniteTimeSpan;
        if (!string.IsNullOrEmpty(apiKey))
        {
            _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
    }

    public Uri BaseUrl { get; }

    /// <summary>How many 429/503 answers were waited out so far (for progress display).</summary>
    public long ThrottledResponses => Interlocked.Read(ref _throttledResponses);

    public async Task<IngestResponse> IngestAsync(ReadOnlyMemory<byte> ndjson, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/ingest");
            request.Content = new ReadOnlyMemoryContent(ndjson);
            request.Content.Headers.ContentType = NdjsonType;
            using var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                Interlocked.Increment(ref _throttledResponses);
                var wait = RetryAfter.From(response.Headers.RetryAfter, _wallClock.GetUtcNow());
                await _clock.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
                continue;
            }
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new ApiException("POST", "/api/ingest", response.StatusCode, Encoding.UTF8.GetString(body));
            }
            return IngestResponse.Parse(body);
        }
    }

    /// <summary>Brands per <c>POST /api/brands/batch</c> request (the silo takes up to 10,000).</summary>
    public const int BrandBatchSize = 1_000;

    public Task PostBrandAsync(BrandRegistration brand, CancellationToken cancellationToken) =>
        PostJsonAsync("api/brands", BrandJson.Serialize(brand), cancellationToken);

    /// <summary>
    /// Registers many brands through the batch endpoint, <see cref="BrandBatchSize"/> per request: one registry write
    /// per request instead of one per brand. Each request is all or nothing; a refused one throws with the reasons.
    /// </summary>
    public async Task PostBrandsAsync(IReadOnlyList<BrandRegistration> brands, CancellationToken cancellationToken)
    {
        foreach (var chunk in brands.Chunk(BrandBatchSize))
        {
            await PostJsonAsync("api/brands/batch", BrandJson.SerializeArray(chunk), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task PostJsonAsync(string path, byte[] json, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(path, json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>POSTs JSON and returns the JSON answer; the caller owns (and disposes) it.</summary>
    public async Task<JsonDocument> PostJsonForAnswerAsync(string path, byte[] json, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(path, json, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return JsonDocument.Parse(body);
    }

    /// <summary>GETs a JSON document; the caller owns (and disposes) it.</summary>
    public async Task<JsonDocument> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "GET", path, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return JsonDocument.Parse(body);
    }

    /// <summary>Opens a long-lived response (the SSE stream); no timeout applies once headers arrived.</summary>
    public async Task<HttpResponseMessage> OpenStreamAsync(string path, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (IsUnreachable(exception))
        {
            throw new SiloUnreachableException(BaseUrl, exception);
        }
        finally
        {
            request.Dispose();
        }
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                await EnsureSuccessAsync(response, "GET", path, cancellationToken).ConfigureAwait(false);
            }
        }
        return response;
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Content = new ByteArrayContent(json);
        request.Content.Headers.ContentType = JsonType;
        var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureSuccessAsync(response, "POST", path, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            return await _http.SendAsync(request, completion, timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (IsUnreachable(exception))
        {
            throw new SiloUnreachableException(BaseUrl, exception);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{request.Method} {request.RequestUri} got no answer within {RequestTimeout.TotalSeconds:0} s.");
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string method, string path, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw new ApiException(method, "/" + path, response.StatusCode, body);
    }

    private static bool IsUnreachable(HttpRequestException exception) =>
        exception.HttpRequestError == HttpRequestError.ConnectionError
        || exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable };
}
