using System.Text.Json;

namespace Streams.Silo.Brands;

/// <summary>The body of <c>POST /api/brands</c> and the entries of a brands file.</summary>
/// <param name="Handles">Strings ("jane", "@jane": on every platform) or objects {"platform":"twitter","handle":"jane"}.</param>
/// <param name="Query">Optional boolean query replacing handle/name/alias matching; refused at registration when it does not parse.</param>
/// <param name="Topics">Issue topics added to the default taxonomy (or replacing it with <paramref name="ReplaceTopics"/>).</param>
public sealed record BrandRequest(
    string? Id,
    string? Name,
    JsonElement[]? Handles,
    string[]? Aliases,
    string[]? Languages,
    int? ResponseTargetMinutes,
    EscalationRequest? Escalation,
    string? Query = null,
    TopicRequest[]? Topics = null,
    bool? ReplaceTopics = null);
