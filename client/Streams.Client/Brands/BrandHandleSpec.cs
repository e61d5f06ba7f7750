namespace Streams.Client.Brands;

/// <summary>A brand handle as sent to POST /api/brands; a null platform means "on every platform".</summary>
public sealed record BrandHandleSpec(string? Platform, string Handle);
