using Streams.Abstractions.Customers;
using Streams.Domain.Customers;

namespace Streams.Grains.Customers;

/// <summary>One author's profile. Thin: the domain aggregate does the work.</summary>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class CustomerGrain : Grain, ICustomerGrain
{
    private CustomerAggregate aggregate = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        aggregate = new CustomerAggregate(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<double> ApplyAsync(CustomerUpdate update) => Task.FromResult(aggregate.Apply(update));

    public Task<CustomerProfile?> GetProfileAsync() =>
        Task.FromResult(aggregate.Seen ? aggregate.Profile() : null);
}
