namespace Streams.Silo.Api;

/// <summary>The answer to a batch registration: how many brands were registered or replaced, and their ids in request order.</summary>
public sealed record BrandBatchResponse(int Registered, IReadOnlyList<string> Ids);
