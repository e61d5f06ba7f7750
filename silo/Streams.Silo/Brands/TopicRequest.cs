namespace Streams.Silo.Brands;

/// <summary>A brand's own issue topic: <c>{"id":"lost-luggage","en":["lost bag*","luggage"],"fr":["bagage*"]}</c>.</summary>
public sealed record TopicRequest(string? Id, string[]? En, string[]? Fr);
