namespace Streams.Client.Brands;

/// <summary>The body of POST /api/brands.</summary>
public sealed record BrandRegistration(
    string Id,
    string Name,
    IReadOnlyList<BrandHandleSpec> Handles,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Languages,
    int ResponseTargetMinutes,
    string? Query = null);
