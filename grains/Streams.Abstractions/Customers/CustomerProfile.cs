namespace Streams.Abstractions.Customers;

/// <summary>One author as the care team sees them.</summary>
[GenerateSerializer, Immutable]
public sealed record CustomerProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string? Handle,
    [property: Id(2)] long Followers,
    [property: Id(3)] bool Verified,
    [property: Id(4)] double Influence,
    [property: Id(5)] double Amplification,
    [property: Id(6)] long PostCount,
    [property: Id(7)] IReadOnlyDictionary<string, long> Brands,
    [property: Id(8)] double SentimentMean,
    [property: Id(9)] double SentimentRecent,
    [property: Id(10)] double SentimentDirection,
    [property: Id(11)] IReadOnlyList<SentimentPoint> RecentSentiment,
    [property: Id(12)] IReadOnlyList<OpenComplaint> OpenComplaints,
    [property: Id(13)] DateTime? FirstSeen,
    [property: Id(14)] DateTime? LastSeen,
    [property: Id(15)] double ChurnRisk = 0);
