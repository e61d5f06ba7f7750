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
/// on the storage. An idle customer is deactivated so that a million authors seen once do not all stay
/// activated: with durable storage it is checkpointed first; in a single in-memory silo its profile
/// sleeps compressed in <see cref="DormantCustomers"/> and is restored when it wakes.
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
    private readonly DormantCustomers? dormant;
    private CustomerAggregate aggregate = null!;
    private StateCheckpointer<CustomerGrainState>? checkpoints;

    public CustomerGrain(
        IPersistentStateFactory states, IOptions<PersistenceOptions> persistence, DormantCustomers dormant, ILogger<CustomerGrain> logger)
    {
        this.persistence = persistence;
        this.logger = logger;
        this.dormant = dormant.Enabled ? dormant : null;
        // Created here, before activation, so that it loads with the grain's lifecycle like an injected one.
        state = persistence.Value.DurableStorage
            ? states.Create<CustomerGrainState>(GrainContext, new PersistentStateAttribute("customer", StorageNames.Default))
            : null;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var id = this.GetPrimaryKeyString();
        if (state?.State.Snapshot is { } snapshot)
        {
            aggregate = CustomerAggregate.FromSnapshot(snapshot);
        }
        else if (dormant is not null && dormant.TryWake(id, out var sleeping))
        {
            aggregate = CustomerAggregate.FromSnapshot(CustomerSnapshotCodec.Deserialize(sleeping));
        }
        else
        {
            aggregate = new CustomerAggregate(id);
        }
        if (state is not null)
        {
            // In memory there is no checkpoint and nothing is resent: updates are applied untracked.
            checkpoints = new StateCheckpointer<CustomerGrainState>(
                this, state, () => new CustomerGrainState { Snapshot = aggregate.Snapshot() }, persistence.Value.CheckpointInterval, logger);
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // A silo shutting down loses its memory anyway: compressing a million profiles would only delay it.
        if (dormant is not null && aggregate is { Seen: true } && reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            dormant.Keep(aggregate.Id, CustomerSnapshotCodec.Serialize(aggregate.Snapshot()));
        }
        return checkpoints?.WriteAsync() ?? Task.CompletedTask;
    }

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
