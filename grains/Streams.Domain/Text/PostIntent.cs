namespace Streams.Domain.Text;

/// <summary>What a post is trying to do; several may hold at once.</summary>
[Flags]
public enum PostIntent
{
    None = 0,
    Complaint = 1,
    Question = 2,
    Praise = 4,
    ChurnThreat = 8,
    PurchaseIntent = 16,
    DealSeeking = 32,
}
