using System.Threading.Channels;
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
    /// <summary>A listener that falls this far behind loses the oldest notifications, not the connection.</summary>
    private const int ListenerBuffer = 1_000;

    private readonly Lock gate = new();
    private readonly List<Channel<Escalation>> listeners = [];
    private readonly EscalationRevisionFilter replayed = new();

    public ChannelReader<Escalation> Listen(out IDisposable subscription)
    {
        var channel = Channel.CreateBounded<Escalation>(new BoundedChannelOptions(ListenerBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (gate)
        {
            listeners.Add(channel);
        }
        subscription = new Unsubscriber(this, channel);
        return channel.Reader;
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
                    listener.Writer.TryWrite(item.Item);
                }
            }
        }
        return Task.CompletedTask;
    }

    private void Remove(Channel<Escalation> channel)
    {
        lock (gate)
        {
            listeners.Remove(channel);
        }
        channel.Writer.TryComplete();
    }

    private sealed class Unsubscriber(EscalationFeed feed, Channel<Escalation> channel) : IDisposable
    {
        public void Dispose() => feed.Remove(channel);
    }
}
