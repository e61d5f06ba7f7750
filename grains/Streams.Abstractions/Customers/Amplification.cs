namespace Streams.Abstractions.Customers;

/// <summary>Reshares (reposts, quotes) that one of the customer's posts received.</summary>
[GenerateSerializer, Immutable]
public sealed record Amplification(
    [property: Id(0)] DateTime At,
    [property: Id(1)] double Weight);
