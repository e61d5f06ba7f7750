namespace Streams.Silo.Api;

/// <summary>A spreading post about the brand, with its sentiment and author.</summary>
public sealed record DashboardPost(
    string PostId,
    string? Text,
    string? AuthorId,
    string? AuthorHandle,
    long AuthorFollowers,
    string? Platform,
    double Virality,
    int Reshares,
    long Reach,
    double? Sentiment,
    bool Answered);
