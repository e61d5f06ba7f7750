using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Delivery;
using Streams.Domain.Customers;
using Streams.Domain.Delivery;
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
    private DeliveryLedger? deliveries;
    private StateCheckpointer<CustomerGrainState>? checkpoints;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        aggregate = state.State.Snapshot is { } snapshot
            ? CustomerAggregate.FromSnapshot(snapshot)
            : new CustomerAggregate(this.GetPrimaryKeyString());
        if (persistence.Value.DurableStorage)
        {
            // Delivery marks only matter when partitions replay a durable log; in memory nothing is resent.
            var ledger = new DeliveryLedger(state.State.DeliveryMarks);
            deliveries = ledger;
            checkpoints = new StateCheckpointer<CustomerGrainState>(
                this,
                state,
                () => new CustomerGrainState { Snapshot = aggregate.Snapshot(), DeliveryMarks = ledger.Capture() },
                persistence.Value.CheckpointInterval,
                logger,
                written => ledger.Written(written.DeliveryMarks!));
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        checkpoints?.WriteAsync() ?? Task.CompletedTask;

    public Task<CustomerReceipt> ApplyAsync(CustomerUpdate update, DeliveryRange? range)
    {
        var receipt = deliveries?.Offer(range) ?? DeliveryReceipt.Untracked;
        if (receipt.Outcome != DeliveryOutcome.Applied)
        {
            return Task.FromResult(new CustomerReceipt(aggregate.Influence, receipt));
        }
        var influence = aggregate.Apply(update);
        checkpoints?.MarkDirty();
        return Task.FromResult(new CustomerReceipt(influence, receipt));
    }

    public Task<CustomerProfile?> GetProfileAsync() =>
        Task.FromResult(aggregate.Seen ? aggregate.Profile() : null);
}
