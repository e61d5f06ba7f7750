using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;

namespace Streams.Grains.Posts;

/// <summary>
/// What a partition grain stores with durable storage, as of a log position (kept beside it in the
/// checkpoint row): its posts (the engine snapshot), how far it applied what other partitions sent
/// it, and the copies of updates its targets have not confirmed yet.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartitionCheckpoint(
    [property: Id(0)] byte[] Engine,
    [property: Id(1)] long[] Inbound,
    [property: Id(2)] StoredCopy<BrandUpdate>[] BrandCopies,
    [property: Id(3)] StoredCopy<CustomerUpdate>[] CustomerCopies);
