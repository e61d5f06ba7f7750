namespace Streams.Silo.Api;

public sealed record IngestResponse(int Accepted, IReadOnlyList<IngestRejection> Rejected);
