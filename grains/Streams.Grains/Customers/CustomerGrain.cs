using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Delivery;
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
/// <remarks>
/// The persistent state exists only with durable storage: in memory there is nothing to read or
/// write, and the state object, its bridge and its load at activation cost about 300 bytes and a
/// storage call per customer, which a million customers feel.
/// </remarks>
public sealed class CustomerGrain : Grain, ICustomerGrain
{
    private readonly IPersistentState<CustomerGrainState>? state;
    private readonly IOptions<PersistenceOptions> persistence;
    private readonly ILogger<CustomerGrain> logger;
    private CustomerAggregate aggregate = null!;
    private StateCheckpointer<CustomerGrainState>? checkpoints;

    public CustomerGrain(IPersistentStateFactory states, IOptions<PersistenceOptions> persistence, ILogger<CustomerGrain> logger)
    {
        this.persistence = persistence;
        this.logger = logger;
        // Created here, before activation, so that it loads with the grain's lifecycle like an injected one.
        state = persistence.Value.DurableStorage
            ? states.Create<CustomerGrainState>(GrainContext, new PersistentStateAttribute("customer", StorageNames.Default))
            : null;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        aggregate = state?.State.Snapshot is { } snapshot
            ? CustomerAggregate.FromSnapshot(snapshot)
            : new CustomerAggregate(this.GetPrimaryKeyString());
        if (state is not null)
        {
            // In memory there is no checkpoint and nothing is resent: updates are applied untracked.
            checkpoints = new StateCheckpointer<CustomerGrainState>(
                this, state, () => new CustomerGrainState { Snapshot = aggregate.Snapshot() }, persistence.Value.CheckpointInterval, logger);
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        checkpoints?.WriteAsync() ?? Task.CompletedTask;

    public Task<CustomerReceipt> ApplyAsync(CustomerUpdate update, DeliveryRange? range)
    {
        var receipt = checkpoints?.Offer(range) ?? DeliveryReceipt.Untracked;
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
