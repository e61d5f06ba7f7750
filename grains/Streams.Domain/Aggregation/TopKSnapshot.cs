using System.Collections.Immutable;

namespace Streams.Domain.Aggregation;

/// <summary>Checkpoint of a <see cref="TopK{TKey, TPayload}"/>: K and the kept entries, highest score first.</summary>
public sealed record TopKSnapshot<TKey, TPayload>(int K, ImmutableArray<TopKEntry<TKey, TPayload>> Entries)
    where TKey : notnull;
