using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;
using Streams.Domain.Brands;

namespace Streams.Grains.Brands;

/// <summary>
/// A brand's live aggregates. Thin: the domain aggregate does the work. Kept active for the life of
/// the silo because its state is in memory only (durable state is a separate concern).
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class BrandGrain : Grain, IBrandGrain
{
    private BrandAggregate aggregate = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        aggregate = new BrandAggregate(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task ApplyAsync(BrandUpdate update)
    {
        aggregate.Apply(update);
        return Task.CompletedTask;
    }

    public Task<BrandStats> GetStatsAsync() => Task.FromResult(aggregate.Stats());

    public Task<IReadOnlyList<Escalation>> GetEscalationsAsync(EscalationStatus? status, bool includeWithdrawn) =>
        Task.FromResult(aggregate.Escalations(status, includeWithdrawn));
}
