namespace Streams.Silo.Api;

/// <summary>Example bodies for one operation of the OpenAPI document (JSON text, or NDJSON for ingest).</summary>
/// <param name="Request">The request body example, or null when the operation takes none.</param>
/// <param name="Responses">Status code → example body.</param>
public sealed record ApiExample(string? Request, IReadOnlyDictionary<string, string> Responses);
