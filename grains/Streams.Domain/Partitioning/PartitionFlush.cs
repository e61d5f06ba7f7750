using Streams.Abstractions.Escalations;
using Streams.Abstractions.Posts;
using Streams.Domain.Brands;
using Streams.Domain.Customers;

namespace Streams.Domain.Partitioning;

/// <summary>One flush worth of fan-out: the batched grain calls a partition makes.</summary>
public sealed record PartitionFlush(
    IReadOnlyDictionary<string, BrandUpdateBuilder> Brands,
    IReadOnlyDictionary<string, CustomerUpdateBuilder> Customers,
    IReadOnlyDictionary<int, List<ThreadSignal>> Signals,
    IReadOnlyDictionary<int, List<Abstractions.Events.MentionEvent>> Forwards,
    IReadOnlyList<Escalation> Escalations,
    long Events)
{
    public bool IsEmpty => Events == 0 && Brands.Count == 0 && Customers.Count == 0 && Signals.Count == 0 && Forwards.Count == 0 && Escalations.Count == 0;
}
