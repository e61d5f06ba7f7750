using System.Text.Json;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary>Polls GET /api/status until everything accepted has been applied to grain state.</summary>
public static class StatusWaiter
{
    public static async Task<JsonElement> WaitUntilProcessedAsync(StreamsApiClient api, TextWriter progress, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var status = await api.GetJsonAsync("api/status", cancellationToken).ConfigureAwait(false);
            long accepted = Number(status.RootElement, "accepted");
            long processed = Number(status.RootElement, "processed");
            if (processed >= accepted)
            {
                return status.RootElement.Clone();
            }
            await progress.WriteAsync($"\rwaiting for the silo: processed {processed:N0} of {accepted:N0}   ").ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        }
    }

    public static long Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
