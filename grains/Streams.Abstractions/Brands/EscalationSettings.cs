namespace Streams.Abstractions.Brands;

/// <summary>
/// When a brand wants to be woken up. Defaults are documented in the README ("Escalations").
/// </summary>
/// <param name="Threshold">Escalation score (0..100, virality weighted by author influence) at which an escalation opens (severity 4).</param>
/// <param name="Severity3">Score for severity 3.</param>
/// <param name="Severity2">Score for severity 2.</param>
/// <param name="Severity1">Score for severity 1 (worst).</param>
/// <param name="NegativeSentiment">A post counts as negative at or below this sentiment (-1..1).</param>
/// <param name="MinReshares">Reposts plus quotes a post needs before it counts as spreading at all.</param>
[GenerateSerializer, Immutable]
public sealed record EscalationSettings(
    [property: Id(0)] double Threshold = 25,
    [property: Id(1)] double Severity3 = 40,
    [property: Id(2)] double Severity2 = 60,
    [property: Id(3)] double Severity1 = 80,
    [property: Id(4)] double NegativeSentiment = -0.05,
    [property: Id(5)] int MinReshares = 3)
{
    public static EscalationSettings Default { get; } = new();
}
