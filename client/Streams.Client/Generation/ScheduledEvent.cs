namespace Streams.Client.Generation;

/// <summary>
/// An event that must happen at a later index: a brand's answer to a complaint, or the next repost of a burst.
/// A struct in a priority queue, so pending work costs no allocation per event.
/// </summary>
internal readonly record struct ScheduledEvent(
    bool IsBrandReply,
    long PostSequence,
    int Brand,
    int Customer,
    bool French,
    int RemainingReposts,
    double SpacingEvents);
