using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Customers;
using Streams.Domain.Customers;
using Streams.Grains.Persistence;

namespace Streams.Grains.Customers;

/// <summary>
/// One author's profile. Thin: the domain aggregate does the work. Its collection age is set in
/// <see cref="Hosting.StreamsSiloBuilderExtensions"/> rather than by attribute, because it depends
/// on the storage: in memory, deactivating would lose the profile, so it stays active; with durable
/// storage, an idle customer is checkpointed and deactivated, so a million authors seen once do not
/// all stay in memory.
/// </summary>
public sealed class CustomerGrain(
    [PersistentState("customer", StorageNames.Default)] IPersistentState<CustomerGrainState> state,
    IOptions<PersistenceOptions> persistence,
    ILogger<CustomerGrain> logger)
    : Grain, ICustomerGrain
{
    private CustomerAggregate aggregate = null!;
    private StateCheckpointer<CustomerGrainState>? checkpoints;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        aggregate = state.State.Snapshot is { } snapshot
            ? CustomerAggregate.FromSnapshot(snapshot)
            : new CustomerAggregate(this.GetPrimaryKeyString());
        if (persistence.Value.DurableStorage)
        {
            checkpoints = new StateCheckpointer<CustomerGrainState>(
                this, state, () => new CustomerGrainState { Snapshot = aggregate.Snapshot() }, persistence.Value.CheckpointInterval, logger);
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        checkpoints?.WriteAsync() ?? Task.CompletedTask;

    public Task<double> ApplyAsync(CustomerUpdate update)
    {
        var influence = aggregate.Apply(update);
        checkpoints?.MarkDirty();
        return Task.FromResult(influence);
    }

    public Task<CustomerProfile?> GetProfileAsync() =>
        Task.FromResult(aggregate.Seen ? aggregate.Profile() : null);
}
