using System.Net;

namespace Streams.Client.Http;

/// <summary>A non-2xx answer from the silo, with its body so the user sees the server's reason.</summary>
public sealed class ApiException(string method, string path, HttpStatusCode status, string body)
    : Exception($"{method} {path} answered {(int)status} {status}: {(body.Length == 0 ? "(empty body)" : body)}")
{
    public HttpStatusCode Status { get; } = status;

    public string Body { get; } = body;
}
