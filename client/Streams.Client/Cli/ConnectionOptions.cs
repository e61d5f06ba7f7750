using System.CommandLine;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary>The --url and --api-key options every command shares, with their environment fallbacks.</summary>
public sealed class ConnectionOptions
{
    public Option<string?> Url { get; } = new("--url")
    {
        Description = $"Base URL of the silo's HTTP API (default: $STREAMS_URL or {StreamsApiClient.DefaultUrl})",
        Recursive = true,
    };

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = "Admin key sent as X-Api-Key (default: $STREAMS_ADMIN_KEY)",
        Recursive = true,
    };

    public StreamsApiClient CreateClient(ParseResult parseResult)
    {
        string url = parseResult.GetValue(Url) ?? Environment.GetEnvironmentVariable("STREAMS_URL") ?? StreamsApiClient.DefaultUrl;
        string? apiKey = parseResult.GetValue(ApiKey) ?? Environment.GetEnvironmentVariable("STREAMS_ADMIN_KEY");
        // A trailing slash keeps a base path ("http://host/streams/") when relative API paths are resolved.
        if (!url.EndsWith('/'))
        {
            url += "/";
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{url}' is not an http(s) URL.");
        }
        return new StreamsApiClient(baseUrl, string.IsNullOrEmpty(apiKey) ? null : apiKey);
    }
}
