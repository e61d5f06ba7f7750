using System.Threading.Channels;
using Streams.Abstractions.Escalations;

namespace Streams.Silo.Escalations;

/// <summary>
/// One live-feed connection's buffer of the escalations it wants (its brand, its key's brands).
/// When the connection reads more slowly than they arrive, the oldest are dropped rather than
/// holding the silo's memory hostage; the count of what was dropped is kept, so the connection
/// can tell its client to re-read the brand's list.
/// </summary>
public sealed class EscalationListener : IDisposable
{
    private readonly Channel<Escalation> channel;
    private readonly Func<Escalation, bool> wants;
    private readonly Action<EscalationListener> remove;
    private long dropped;

    public EscalationListener(int capacity, Func<Escalation, bool> wants, Action<EscalationListener> remove)
    {
        this.wants = wants;
        channel = Channel.CreateBounded<Escalation>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref dropped));
        this.remove = remove;
    }

    public ChannelReader<Escalation> Reader => channel.Reader;

    /// <summary>How many escalations were dropped since the last call.</summary>
    public long TakeDropped() => Interlocked.Exchange(ref dropped, 0);

    public void Offer(Escalation escalation)
    {
        if (wants(escalation))
        {
            channel.Writer.TryWrite(escalation);
        }
    }

    public void Dispose()
    {
        remove(this);
        channel.Writer.TryComplete();
    }
}
