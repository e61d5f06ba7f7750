namespace Streams.Client.Escalations;

/// <summary>One dispatched Server-Sent Event; <see cref="EventType"/> is "message" when the server named none.</summary>
public sealed record ServerSentEvent(string EventType, string Data);
