using Streams.Silo.Brands;

namespace Streams.Silo.Api;

/// <summary>The body of <c>POST /api/brands/preview</c>: a brand as <c>POST /api/brands</c> takes it, and sample posts.</summary>
public sealed record BrandPreviewRequest(BrandRequest? Brand, PreviewPostRequest?[]? Posts);
