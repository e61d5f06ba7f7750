using Orleans.Streams;
using Streams.Abstractions.Escalations;

using Streams.Domain.Escalations;

namespace Streams.Silo.Escalations;

/// <summary>
/// This silo's one subscription to the escalation stream, fanned out to every live SSE connection
/// on the silo. One subscription per silo rather than per browser keeps the stream's pub-sub small
/// however many dashboards are open.
/// </summary>
public sealed class EscalationFeed(IClusterClient cluster, ILogger<EscalationFeed> logger) : BackgroundService
{
    /// <summary>
    /// A listener that falls this far behind loses the oldest notifications, not the connection, and is told
    /// how many. Partitions publish in bursts (every 50 ms, and the feed's stream hands over up to 256 messages
    /// at once): with 1,000, a reader in good health lost about 1% of raises at 125,000 events/s (2026-12-01).
    /// </summary>
    private const int ListenerBuffer = 20_000;

    private readonly Lock gate = new();
    private readonly List<EscalationListener> listeners = [];
    private readonly EscalationRevisionFilter replayed = new();

    /// <summary>A new connection's buffer of the escalations published from now on that it <paramref name="wants"/>; dispose it when the connection ends.</summary>
    public EscalationListener Listen(Func<Escalation, bool> wants)
    {
        var listener = new EscalationListener(ListenerBuffer, wants, Remove);
        lock (gate)
        {
            listeners.Add(listener);
        }
        return listener;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stream = cluster.GetStreamProvider(EscalationStreams.ProviderName)
            .GetStream<Escalation>(StreamId.Create(EscalationStreams.Namespace, EscalationStreams.Key));
        StreamSubscriptionHandle<Escalation>? handle = null;
        while (handle is null && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                handle = await stream.SubscribeAsync(OnEscalationsAsync).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                logger.LogDebug(e, "Subscribing to the escalation stream failed; retrying");
                await Task.Delay(500, stoppingToken).ConfigureAwait(false);
            }
        }
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            if (handle is not null)
            {
                try
                {
                    await handle.UnsubscribeAsync().ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    logger.LogDebug(e, "Unsubscribing from the escalation stream failed during shutdown");
                }
            }
        }
    }

    private Task OnEscalationsAsync(IList<SequentialItem<Escalation>> items)
    {
        lock (gate)
        {
            foreach (var item in items)
            {
                if (!replayed.IsNew(item.Item))
                {
                    continue; // Published again by a partition replaying its log.
                }
                foreach (var listener in listeners)
                {
                    listener.Offer(item.Item);
                }
            }
        }
        return Task.CompletedTask;
    }

    private void Remove(EscalationListener listener)
    {
        lock (gate)
        {
            listeners.Remove(listener);
        }
    }
}
