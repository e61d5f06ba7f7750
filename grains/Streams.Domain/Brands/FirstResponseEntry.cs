namespace Streams.Domain.Brands;

/// <summary>One answered post's first-response time, as kept in a <see cref="FirstResponseLedgerSnapshot"/>.</summary>
public sealed record FirstResponseEntry(string PostId, TimeSpan FirstResponse);
