using Streams.Domain.Scoring;

namespace Streams.Domain.Posts;

/// <summary>
/// One reaction to a post, as kept in its engagement log. Sorting on every field makes the log
/// order a function of its contents alone, so replays that deliver the same events in a different
/// order evaluate them in the same order.
/// </summary>
public readonly record struct Engagement(long Ticks, EngagementKind Kind, long Followers) : IComparable<Engagement>
{
    public int CompareTo(Engagement other)
    {
        var byTime = Ticks.CompareTo(other.Ticks);
        if (byTime != 0)
        {
            return byTime;
        }
        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : Followers.CompareTo(other.Followers);
    }
}
