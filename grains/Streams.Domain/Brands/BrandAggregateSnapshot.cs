using System.Collections.Immutable;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;
using Streams.Domain.Aggregation;

namespace Streams.Domain.Brands;

/// <summary>
/// Checkpoint of a <see cref="BrandAggregate"/>: everything its statistics and escalation lists are
/// computed from. <see cref="ClosedOrder"/> keeps the order in which escalations closed, which
/// decides which closed ones are forgotten first. <see cref="Intents"/> is indexed like the
/// aggregate's intent bits (every non-zero PostIntent, in declaration order).
/// </summary>
public sealed record BrandAggregateSnapshot(
    string BrandId,
    long MentionCount,
    long OwnPostCount,
    DateTime? LastEventAt,
    double SentimentSum,
    MinuteHourCounterSnapshot Volume,
    SentimentMixSnapshot SentimentMix,
    FirstResponseLedgerSnapshot Responses,
    ImmutableArray<Escalation> Escalations,
    ImmutableArray<string> ClosedOrder,
    TopKSnapshot<string, TopAuthor> Authors,
    TopKSnapshot<string, TopPost> Posts,
    ImmutableArray<KeyValuePair<string, long>> Topics,
    ImmutableArray<long> Intents);
