namespace Streams.Silo.Api;

/// <summary>A brand account; a null platform means the handle is the brand's on every platform.</summary>
public sealed record HandleResponse(string? Platform, string Handle);
