using Streams.Abstractions.Escalations;

namespace Streams.Abstractions.Brands;

/// <summary>Live aggregates and escalations of one brand (key: brand id).</summary>
public interface IBrandGrain : IGrainWithStringKey
{
    Task ApplyAsync(BrandUpdate update);

    Task<BrandStats> GetStatsAsync();

    Task<IReadOnlyList<Escalation>> GetEscalationsAsync(EscalationStatus? status, bool includeWithdrawn);
}
