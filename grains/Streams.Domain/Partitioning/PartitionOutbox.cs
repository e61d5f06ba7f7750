using Streams.Abstractions.Escalations;
using Streams.Abstractions.Events;
using Streams.Abstractions.Posts;
using Streams.Domain.Brands;
using Streams.Domain.Customers;

namespace Streams.Domain.Partitioning;

/// <summary>
/// What a partition owes other grains since its last flush, coalesced per target: one update per
/// brand, one per author, one signal batch per other partition.
/// </summary>
/// <param name="beforeDrain">Runs first when the outbox drains: the engine publishes what it deferred.</param>
public sealed class PartitionOutbox(Action? beforeDrain = null)
{
    private Dictionary<string, BrandUpdateBuilder> brands = new(StringComparer.Ordinal);
    private Dictionary<string, CustomerUpdateBuilder> customers = new(StringComparer.Ordinal);
    private Dictionary<int, List<ThreadSignal>> signals = [];
    private Dictionary<string, Escalation> escalations = new(StringComparer.Ordinal);
    private readonly HashSet<string> urgentEscalations = new(StringComparer.Ordinal);
    private Dictionary<int, List<MentionEvent>> forwards = [];

    /// <summary>Events applied since the last flush; they count as processed once the flush lands.</summary>
    public long Events { get; set; }

    /// <summary>An escalation was raised or changed severity or status: the live feed is owed it now, not at the next flush.</summary>
    public bool HasUrgentEscalations => urgentEscalations.Count > 0;

    /// <summary>Grain calls the next flush will make: flush early when this grows large.</summary>
    public int PendingTargets => brands.Count + customers.Count + signals.Count + forwards.Count;

    public BrandUpdateBuilder Brand(string brandId)
    {
        if (!brands.TryGetValue(brandId, out var builder))
        {
            builder = new BrandUpdateBuilder();
            brands[brandId] = builder;
        }
        return builder;
    }

    public CustomerUpdateBuilder Customer(AuthorRef author)
    {
        if (!customers.TryGetValue(author.Id, out var builder))
        {
            builder = new CustomerUpdateBuilder(author);
            customers[author.Id] = builder;
        }
        return builder;
    }

    public void Signal(int partition, ThreadSignal signal)
    {
        if (!signals.TryGetValue(partition, out var list))
        {
            list = [];
            signals[partition] = list;
        }
        list.Add(signal);
    }

    /// <summary>A reply or quote that was processed here for its parent's sake and lives in another partition.</summary>
    public void Forward(int partition, MentionEvent post)
    {
        if (!forwards.TryGetValue(partition, out var list))
        {
            list = [];
            forwards[partition] = list;
        }
        list.Add(post);
    }

    /// <param name="urgent">Raised, or a new severity or status: owed to the live feed at once. Score refinements only ride with the next flush.</param>
    public void Escalation(Escalation escalation, bool urgent)
    {
        if (urgent)
        {
            urgentEscalations.Add(escalation.Id);
        }
        escalations[escalation.Id] = escalation;
        Brand(escalation.BrandId).Escalation(escalation);
    }

    /// <summary>
    /// The escalations raised or changed in severity or status since they were last taken, at their
    /// latest revision, for the live feed. They stay in the outbox for their brands, which receive
    /// them with the next flush: the feed need not wait for a flush's grain calls, and a flush need
    /// not happen for every escalation (at 75,000 events/s one is raised every few hundred events, so
    /// flushing for each would undo the coalescing).
    /// </summary>
    public IReadOnlyList<Escalation> TakeNotable()
    {
        if (!HasUrgentEscalations)
        {
            return [];
        }
        var notable = new Escalation[urgentEscalations.Count];
        var i = 0;
        foreach (var id in urgentEscalations)
        {
            notable[i++] = escalations[id];
        }
        urgentEscalations.Clear();
        return notable;
    }

    public PartitionFlush Drain()
    {
        beforeDrain?.Invoke();
        var flush = new PartitionFlush(
            brands,
            customers,
            signals,
            forwards,
            escalations.Values.ToArray(),
            TakeNotable(), // Whatever the feed has not taken yet.
            Events);
        // The flush keeps the maps; the next ones start at the size these reached, since flushes are
        // alike: growing a map of a thousand authors from empty leaves as much garbage as the map itself.
        forwards = new(forwards.Count);
        brands = new(brands.Count, StringComparer.Ordinal);
        customers = new(customers.Count, StringComparer.Ordinal);
        signals = new(signals.Count);
        escalations = new(escalations.Count, StringComparer.Ordinal);
        Events = 0;
        return flush;
    }
}
