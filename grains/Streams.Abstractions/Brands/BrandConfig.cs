namespace Streams.Abstractions.Brands;

/// <summary>
/// A brand as its care team registers it: who it is, its own accounts, the names people use for it
/// when they do not tag it, and its service targets.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BrandConfig(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<BrandHandle> Handles,
    [property: Id(3)] IReadOnlyList<string> Aliases,
    [property: Id(4)] IReadOnlyList<string> Languages,
    [property: Id(5)] int ResponseTargetMinutes,
    [property: Id(6)] EscalationSettings Escalation);
