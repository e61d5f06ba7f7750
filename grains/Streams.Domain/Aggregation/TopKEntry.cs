namespace Streams.Domain.Aggregation;

/// <summary>One kept key of a <see cref="TopK{TKey, TPayload}"/>, as stored in a <see cref="TopKSnapshot{TKey, TPayload}"/>.</summary>
public readonly record struct TopKEntry<TKey, TPayload>(TKey Key, double Score, TPayload Payload)
    where TKey : notnull;
