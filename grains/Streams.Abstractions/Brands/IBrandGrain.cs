using Streams.Abstractions.Delivery;
using Streams.Abstractions.Escalations;

namespace Streams.Abstractions.Brands;

/// <summary>Live aggregates and escalations of one brand (key: brand id).</summary>
public interface IBrandGrain : IGrainWithStringKey
{
    /// <summary>With a <paramref name="range"/> (durable storage), an update already applied is ignored.</summary>
    Task<DeliveryReceipt> ApplyAsync(BrandUpdate update, DeliveryRange? range);

    Task<BrandStats> GetStatsAsync();

    Task<IReadOnlyList<Escalation>> GetEscalationsAsync(EscalationStatus? status, bool includeWithdrawn);
}
