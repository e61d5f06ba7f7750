namespace Streams.IntegrationTests.Persistence;

/// <summary>What a firehose left in the grains, as comparable lines: brand counts, escalations, customer histories.</summary>
public sealed record DurabilityOutcome(IReadOnlyList<string> Brands, IReadOnlyList<string> Escalations, IReadOnlyList<string> Customers);
