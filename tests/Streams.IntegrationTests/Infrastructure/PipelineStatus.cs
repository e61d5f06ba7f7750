using System.Net.Http.Json;
using System.Text.Json;

namespace Streams.IntegrationTests.Infrastructure;

/// <summary>Reads <c>/api/status</c> the way an operator would, for tests that wait on the pipeline.</summary>
public static class PipelineStatus
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls until everything accepted has been applied and fanned out; returns that status.</summary>
    public static async Task<JsonElement> WaitSettledAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var status = await http.GetFromJsonAsync<JsonElement>("/api/status", cancellationToken);
            if (status.GetProperty("settled").GetBoolean())
            {
                return status;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the pipeline did not settle within {Timeout.TotalSeconds:0} s: {status}");
            }
            await Task.Delay(50, cancellationToken);
        }
    }
}
