namespace Streams.Abstractions.Customers;

/// <summary>What one partition learned about one author since its last flush.</summary>
[GenerateSerializer, Immutable]
public sealed record CustomerUpdate(
    [property: Id(0)] string? Handle,
    [property: Id(1)] long? Followers,
    [property: Id(2)] bool? Verified,
    [property: Id(3)] IReadOnlyList<CustomerPost> Posts,
    [property: Id(4)] IReadOnlyList<Amplification> Amplifications,
    [property: Id(5)] IReadOnlyList<string> AnsweredComplaints);
