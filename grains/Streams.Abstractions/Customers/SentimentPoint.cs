namespace Streams.Abstractions.Customers;

[GenerateSerializer, Immutable]
public sealed record SentimentPoint(
    [property: Id(0)] DateTime At,
    [property: Id(1)] double Sentiment);
