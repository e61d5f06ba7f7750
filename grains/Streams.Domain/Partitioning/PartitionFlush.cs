using Streams.Abstractions.Escalations;
using Streams.Abstractions.Posts;
using Streams.Domain.Brands;
using Streams.Domain.Customers;

namespace Streams.Domain.Partitioning;

/// <summary>One flush worth of fan-out: the batched grain calls a partition makes.</summary>
/// <param name="Escalations">Every escalation that changed, at its latest revision: the brands keep them all.</param>
/// <param name="Notable">Those raised or changed in severity or status: what the live feed carries. Score
/// refinements of a spreading post would otherwise flood every dashboard with a revision per repost.</param>
public sealed record PartitionFlush(
    IReadOnlyDictionary<string, BrandUpdateBuilder> Brands,
    IReadOnlyDictionary<string, CustomerUpdateBuilder> Customers,
    IReadOnlyDictionary<int, List<ThreadSignal>> Signals,
    IReadOnlyDictionary<int, List<Abstractions.Events.MentionEvent>> Forwards,
    IReadOnlyList<Escalation> Escalations,
    IReadOnlyList<Escalation> Notable,
    long Events)
{
    public bool IsEmpty => Events == 0 && Brands.Count == 0 && Customers.Count == 0 && Signals.Count == 0 && Forwards.Count == 0 && Escalations.Count == 0;
}
