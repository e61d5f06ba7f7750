namespace Streams.Silo.Security;

/// <summary>
/// One configured key, bound from <c>Streams:ApiKeys</c> (a list, so <c>Streams__ApiKeys__0__Key</c>
/// works from the environment). A mutable class because the configuration binder fills it.
/// </summary>
public sealed class ApiKeyEntry
{
    public string? Key { get; set; }

    /// <summary><c>ingest</c>, <c>read</c>, <c>admin</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Brands a <c>read</c> key may see; <c>*</c> means every brand.</summary>
    public List<string> Brands { get; set; } = [];
}
