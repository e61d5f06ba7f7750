namespace Streams.Client.Twcs;

/// <summary>
/// One row of the Customer Support on Twitter CSV. <see cref="LineNumber"/> is the 1-based file line the
/// record starts on (the header is line 1; a quoted text with newlines makes a record span several lines).
/// </summary>
public sealed record TwcsRow(
    long LineNumber,
    string TweetId,
    string AuthorId,
    bool Inbound,
    DateTime CreatedAt,
    string Text,
    string? ResponseTweetIds,
    string? InResponseToTweetId);
