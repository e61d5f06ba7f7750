using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Delivery;
using Streams.Abstractions.Escalations;
using Streams.Domain.Brands;
using Streams.Grains.Persistence;

namespace Streams.Grains.Brands;

/// <summary>
/// A brand's live aggregates. Thin: the domain aggregate does the work. Always active: brands are
/// few and every flush touches them, so deactivating one would only cost a reload. With durable
/// storage its state is checkpointed every <see cref="PersistenceOptions.CheckpointSeconds"/> when
/// changed, and on deactivation (a graceful silo stop); it is restored on activation, and the
/// delivery marks stored with it make every partition update count once, even when resent.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class BrandGrain(
    [PersistentState("brand", StorageNames.Default)] IPersistentState<BrandGrainState> state,
    IOptions<PersistenceOptions> persistence,
    ILogger<BrandGrain> logger)
    : Grain, IBrandGrain
{
    private BrandAggregate aggregate = null!;
    private StateCheckpointer<BrandGrainState>? checkpoints;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        aggregate = state.State.Snapshot is { } snapshot
            ? BrandAggregate.FromSnapshot(snapshot)
            : new BrandAggregate(this.GetPrimaryKeyString());
        if (persistence.Value.DurableStorage)
        {
            // In memory there is no checkpoint and nothing is resent: updates are applied untracked.
            checkpoints = new StateCheckpointer<BrandGrainState>(
                this, state, () => new BrandGrainState { Snapshot = aggregate.Snapshot() }, persistence.Value.CheckpointInterval, logger);
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        checkpoints?.WriteAsync() ?? Task.CompletedTask;

    public Task<DeliveryReceipt> ApplyAsync(BrandUpdate update, DeliveryRange? range)
    {
        var receipt = checkpoints?.Offer(range) ?? DeliveryReceipt.Untracked;
        if (receipt.Outcome == DeliveryOutcome.Applied)
        {
            aggregate.Apply(update);
            checkpoints?.MarkDirty();
        }
        return Task.FromResult(receipt);
    }

    public Task<BrandStats> GetStatsAsync() => Task.FromResult(aggregate.Stats());

    public Task<IReadOnlyList<Escalation>> GetEscalationsAsync(EscalationStatus? status, bool includeWithdrawn) =>
        Task.FromResult(aggregate.Escalations(status, includeWithdrawn));
}
