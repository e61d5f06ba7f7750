namespace Streams.UnitTests.Client;

/// <summary>Answers requests from a script, in order, and remembers what it was sent.</summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] script) : HttpMessageHandler
{
    private int _next;

    public List<SeenRequest> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add(new SeenRequest(
            request.RequestUri!.ToString(),
            body,
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.TryGetValues("X-Api-Key", out var keys) ? keys.Single() : null));
        return script[Math.Min(_next++, script.Length - 1)](request);
    }
}
