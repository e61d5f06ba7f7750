namespace Streams.UnitTests.Client;

internal sealed record SeenRequest(string Uri, byte[] Body, string? ContentType, string? ApiKey);
