using Streams.Abstractions.Escalations;
using Streams.Silo.Escalations;

namespace Streams.IntegrationTests;

/// <summary>A live-feed connection's buffer: what it keeps, what it drops, and that it counts the drops.</summary>
public sealed class EscalationListenerTests
{
    [Fact]
    public void A_full_buffer_drops_the_oldest_and_counts_them_once()
    {
        using var listener = new EscalationListener(capacity: 3, wants: e => e.BrandId == "acme", remove: _ => { });
        for (var i = 0; i < 5; i++)
        {
            listener.Offer(Raised("acme", i));
            listener.Offer(Raised("globex", i)); // not this connection's: neither kept nor counted
        }

        Assert.Equal(2, listener.TakeDropped());
        Assert.Equal(0, listener.TakeDropped());
        var kept = new List<string>();
        while (listener.Reader.TryRead(out var escalation))
        {
            kept.Add(escalation.PostId);
        }
        Assert.Equal(["p2", "p3", "p4"], kept);
    }

    [Fact]
    public void Disposing_unsubscribes_and_ends_the_reader()
    {
        EscalationListener? removed = null;
        var listener = new EscalationListener(capacity: 3, wants: _ => true, remove: l => removed = l);
        listener.Dispose();

        Assert.Same(listener, removed);
        Assert.True(listener.Reader.Completion.IsCompleted);
    }

    private static Escalation Raised(string brand, int post)
    {
        var at = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
        return new Escalation($"{brand}:p{post}", brand, $"p{post}", "jane", 4, 30, ["3 reshares in 10 minutes (3 in total)"],
            EscalationStatus.Open, at, at, null, at, 1, 40, 5_000, 8_000, 3, "terrible service");
    }
}
