using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Streams.IntegrationTests.Infrastructure;

/// <summary>Sends NDJSON lines to the host's <c>/api/ingest</c> as a client would, for tests whose events must all be accepted.</summary>
public static class HostIngest
{
    /// <summary>Posts the lines in one request and asserts every one was accepted.</summary>
    public static async Task AcceptAllAsync(HttpClient http, IReadOnlyCollection<string> lines, CancellationToken cancellationToken)
    {
        var response = await http.PostAsync("/api/ingest", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"), cancellationToken);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        Assert.Equal(lines.Count, result.GetProperty("accepted").GetInt32());
    }
}
