using Streams.Abstractions.Escalations;

namespace Streams.Domain.Posts;

/// <summary>
/// The escalation state of one (post, brand). The decision fields are recomputed from the post's
/// events; the emission fields remember what was already published so only changes go out.
/// </summary>
public sealed class EscalationTrack(string brandId)
{
    public string BrandId { get; } = brandId;

    // Decision, a function of the post's events in event time.
    public bool Raised { get; set; }
    public DateTime RaisedAt { get; set; }
    public int Severity { get; set; }
    public double Score { get; set; }
    public double Virality { get; set; }
    public long Reach { get; set; }
    public int Reshares { get; set; }
    public IReadOnlyList<string> Reasons { get; set; } = [];

    // Emission bookkeeping, kept across recomputations.
    public Escalation? Published { get; set; }

    public void ResetDecision()
    {
        Raised = false;
        RaisedAt = default;
        Severity = 0;
        Score = 0;
        Virality = 0;
        Reach = 0;
        Reshares = 0;
        Reasons = [];
    }
}
