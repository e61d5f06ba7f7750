namespace Streams.Domain.Posts;

/// <summary>A brand's earliest answer to a post, as stored in a checkpoint.</summary>
public sealed record AnswerSnapshot(string BrandId, DateTime At, string Channel);
