namespace Streams.Silo.Api;

/// <param name="Learned">The context words the brand's matcher learned from the post; later posts carrying them are excluded.</param>
public sealed record NotAboutUsResponse(string PostId, string BrandId, IReadOnlyList<string> Learned);
