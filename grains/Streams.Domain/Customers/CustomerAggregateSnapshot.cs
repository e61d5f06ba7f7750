using System.Collections.Immutable;
using Streams.Abstractions.Customers;
using Streams.Domain.Aggregation;

namespace Streams.Domain.Customers;

/// <summary>
/// Checkpoint of a <see cref="CustomerAggregate"/>. <see cref="Brands"/> and <see cref="OpenComplaints"/>
/// keep the aggregate's insertion order (lists, not dictionaries): the profile lists brands in that order,
/// and ties on time among complaints are dropped in that order.
/// </summary>
public sealed record CustomerAggregateSnapshot(
    string Id,
    string? Handle,
    long Followers,
    bool Verified,
    long PostCount,
    DateTime? FirstSeen,
    DateTime? LastSeen,
    ImmutableArray<KeyValuePair<string, long>> Brands,
    ImmutableArray<OpenComplaint> OpenComplaints,
    SentimentTrendSnapshot Sentiment,
    DecayingSumSnapshot Amplification,
    DecayingSumSnapshot Churn);
