namespace Streams.Silo.Api;

/// <summary>The answer of <c>POST /api/brands/preview</c>.</summary>
/// <param name="Matched">How many of the sample posts the brand's matcher takes.</param>
public sealed record BrandPreviewResponse(string BrandId, int Matched, IReadOnlyList<PostPreviewResponse> Posts);
