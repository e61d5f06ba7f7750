namespace Streams.Silo.Api;

public sealed record NotAboutUsRequest(string? BrandId);
