namespace Streams.Domain.Scoring;

public enum EngagementKind : byte
{
    Repost = 0,
    Quote = 1,
    Reply = 2,
    Like = 3,
}
