namespace Streams.Silo.Api;

public sealed record AnswerResponse(string PostId, string Outcome);
