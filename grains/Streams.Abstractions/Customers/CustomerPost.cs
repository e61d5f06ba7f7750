namespace Streams.Abstractions.Customers;

/// <summary>A post the customer wrote, as their profile needs it.</summary>
[GenerateSerializer, Immutable]
public sealed record CustomerPost(
    [property: Id(0)] string PostId,
    [property: Id(1)] DateTime At,
    [property: Id(2)] double Sentiment,
    [property: Id(3)] IReadOnlyList<string> Brands,
    [property: Id(4)] bool IsComplaint,
    [property: Id(5)] double ChurnSignal = 0);
