namespace Streams.Grains.Log;

/// <summary>A post marked answered through the API (phone, DM, email), logged so a replay answers it again.</summary>
[GenerateSerializer, Immutable]
public sealed record ManualAnswer(
    [property: Id(0)] string PostId,
    [property: Id(1)] string? BrandId,
    [property: Id(2)] DateTime? At);
