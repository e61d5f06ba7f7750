namespace Streams.Silo.Brands;

/// <summary>Per-brand escalation settings; any field left out keeps its default.</summary>
public sealed record EscalationRequest(
    double? Threshold,
    double? Severity3,
    double? Severity2,
    double? Severity1,
    double? NegativeSentiment,
    int? MinReshares);
