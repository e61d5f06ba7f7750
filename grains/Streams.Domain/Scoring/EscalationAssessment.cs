namespace Streams.Domain.Scoring;

/// <summary>The policy's verdict for one (post, brand) at one instant.</summary>
public readonly record struct EscalationAssessment(bool Escalate, int Severity, double Score);
