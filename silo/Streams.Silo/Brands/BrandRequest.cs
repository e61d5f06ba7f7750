using System.Text.Json;

namespace Streams.Silo.Brands;

/// <summary>The body of <c>POST /api/brands</c> and the entries of a brands file.</summary>
/// <param name="Handles">Strings ("jane", "@jane": on every platform) or objects {"platform":"twitter","handle":"jane"}.</param>
public sealed record BrandRequest(
    string? Id,
    string? Name,
    JsonElement[]? Handles,
    string[]? Aliases,
    string[]? Languages,
    int? ResponseTargetMinutes,
    EscalationRequest? Escalation);
