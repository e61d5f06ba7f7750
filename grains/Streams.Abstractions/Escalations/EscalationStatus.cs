namespace Streams.Abstractions.Escalations;

/// <summary>
/// Open: the post is still unanswered. Resolved: the brand answered after it was raised.
/// Withdrawn: late-arriving events showed that, in event time, the brand had answered before the
/// post spread, so the escalation should never have existed; it is kept for the audit trail only.
/// </summary>
public enum EscalationStatus : byte
{
    Open = 0,
    Resolved = 1,
    Withdrawn = 2,
}
