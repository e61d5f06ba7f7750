namespace Streams.Silo.Api;

/// <summary>
/// A sample post for a brand preview: the fields of an ingested post that matching and text understanding read
/// (no id, time or thread: a preview keeps nothing).
/// </summary>
/// <param name="Lang">Declared language ("en", "fr-FR", ...); without it the language is detected from the text.</param>
/// <param name="Platform">One of the ingest's platforms; twitter when absent.</param>
public sealed record PreviewPostRequest(string? Text, string? Lang = null, string? Platform = null, string? Region = null, PreviewAuthorRequest? Author = null);
