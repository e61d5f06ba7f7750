using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Streams.Client.Escalations;
using Streams.Client.Http;

namespace Streams.Benchmarks.Load;

/// <summary>Reads the live escalation feed and notes when each escalation was first readable (Stopwatch ticks).</summary>
public sealed class EscalationWatcher : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task reading;

    private long dropped;

    private EscalationWatcher(StreamsApiClient api) => reading = Task.Run(() => ReadAsync(api));

    /// <summary>Escalation id → (event time it was raised at, when it was first seen).</summary>
    public ConcurrentDictionary<string, (DateTime RaisedAt, long SeenAt)> FirstSeen { get; } = new();

    /// <summary>Escalations the silo dropped from this connection because it read too slowly (its <c>dropped</c> events).</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    public static EscalationWatcher Start(StreamsApiClient api) => new(api);

    private async Task ReadAsync(StreamsApiClient api)
    {
        try
        {
            using var response = await api.OpenStreamAsync("api/escalations/stream", stop.Token);
            await using var stream = await response.Content.ReadAsStreamAsync(stop.Token);
            await foreach (var serverEvent in ServerSentEventParser.ReadAsync(stream, stop.Token))
            {
                var seenAt = Stopwatch.GetTimestamp();
                using var json = JsonDocument.Parse(serverEvent.Data);
                var root = json.RootElement;
                if (serverEvent.EventType == "dropped")
                {
                    Interlocked.Add(ref dropped, root.GetProperty("dropped").GetInt64());
                    continue;
                }
                var id = root.GetProperty("id").GetString()!;
                var raisedAt = root.GetProperty("raisedAt").GetDateTime().ToUniversalTime();
                FirstSeen.TryAdd(id, (raisedAt, seenAt));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await reading;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
        }
        stop.Dispose();
    }
}
