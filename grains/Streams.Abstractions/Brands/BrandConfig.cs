namespace Streams.Abstractions.Brands;

/// <summary>
/// A brand as its care team registers it: who it is, its own accounts, the names people use for it
/// when they do not tag it, and its service targets.
/// </summary>
/// <param name="Query">A boolean query (AND, OR, NOT, phrases, wildcards, NEAR/n, fields) that replaces
/// matching on handles, name and aliases; null keeps that matching.</param>
/// <param name="Topics">Issue topics added to the default taxonomy, or replacing it when <paramref name="ReplaceTopics"/>.</param>
[GenerateSerializer, Immutable]
public sealed record BrandConfig(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<BrandHandle> Handles,
    [property: Id(3)] IReadOnlyList<string> Aliases,
    [property: Id(4)] IReadOnlyList<string> Languages,
    [property: Id(5)] int ResponseTargetMinutes,
    [property: Id(6)] EscalationSettings Escalation,
    [property: Id(7)] string? Query = null,
    [property: Id(8)] IReadOnlyList<BrandTopic>? Topics = null,
    [property: Id(9)] bool ReplaceTopics = false);
