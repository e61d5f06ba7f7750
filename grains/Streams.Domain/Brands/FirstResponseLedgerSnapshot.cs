using System.Collections.Immutable;

namespace Streams.Domain.Brands;

/// <summary>
/// Checkpoint of a <see cref="FirstResponseLedger"/>: its capacity, how many posts were ever answered,
/// and the kept posts oldest→newest (the order decides which falls out first).
/// </summary>
public sealed record FirstResponseLedgerSnapshot(int Capacity, long AnsweredCount, ImmutableArray<FirstResponseEntry> Entries);
