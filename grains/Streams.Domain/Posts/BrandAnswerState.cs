namespace Streams.Domain.Posts;

/// <summary>The earliest answer a brand gave to a post, by event time.</summary>
public sealed class BrandAnswerState(string brandId, DateTime at, string channel)
{
    public string BrandId { get; } = brandId;

    public DateTime At { get; set; } = at;

    /// <summary>"reply" (the brand's account replied), "thread" (it replied further down), "manual" (marked answered via the API).</summary>
    public string Channel { get; set; } = channel;
}
