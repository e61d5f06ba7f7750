namespace Streams.Abstractions.Events;

/// <summary>What a line of the firehose is. Replies and quotes are posts that name a parent.</summary>
public enum EventKind : byte
{
    Post = 0,
    Repost = 1,
    Like = 2,
}
