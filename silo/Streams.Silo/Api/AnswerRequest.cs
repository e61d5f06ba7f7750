namespace Streams.Silo.Api;

public sealed record AnswerRequest(string? BrandId, DateTimeOffset? At);
