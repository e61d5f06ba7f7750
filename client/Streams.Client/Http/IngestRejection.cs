namespace Streams.Client.Http;

/// <summary>One line the silo refused; <see cref="Line"/> is 1-based within the request body.</summary>
public sealed record IngestRejection(int Line, string Error);
