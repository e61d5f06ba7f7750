using Streams.Abstractions.Events;

namespace Streams.Abstractions.Brands;

/// <summary>
/// One of the brand's own accounts. <see cref="Platform.Unknown"/> means "this handle on every platform".
/// Handles are stored without the leading '@'.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BrandHandle(
    [property: Id(0)] Platform Platform,
    [property: Id(1)] string Handle);
