namespace Streams.Abstractions.Customers;

[GenerateSerializer, Immutable]
public sealed record OpenComplaint(
    [property: Id(0)] string PostId,
    [property: Id(1)] IReadOnlyList<string> Brands,
    [property: Id(2)] DateTime At,
    [property: Id(3)] double Sentiment);
