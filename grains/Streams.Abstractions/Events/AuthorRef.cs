namespace Streams.Abstractions.Events;

/// <summary>
/// The author of an event as the source platform described them at that moment. Followers and
/// verified travel with every event so scores can be computed where the event is, without a lookup.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AuthorRef(
    [property: Id(0)] string Id,
    [property: Id(1)] string? Handle,
    [property: Id(2)] long Followers,
    [property: Id(3)] bool Verified);
