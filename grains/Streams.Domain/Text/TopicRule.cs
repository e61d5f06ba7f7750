namespace Streams.Domain.Text;

/// <summary>A compiled rule: the words after the first one, and the topic it signals.</summary>
internal sealed record TopicRule(string[] FollowingWords, int Topic);
