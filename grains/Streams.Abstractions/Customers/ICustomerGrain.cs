using Streams.Abstractions.Delivery;

namespace Streams.Abstractions.Customers;

/// <summary>One author (key: author id): their history, influence and open complaints.</summary>
public interface ICustomerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies the update and returns the author's influence, which the caller forwards to brands.
    /// With a <paramref name="range"/> (durable storage), an update already applied is ignored.
    /// </summary>
    Task<CustomerReceipt> ApplyAsync(CustomerUpdate update, DeliveryRange? range);

    /// <summary>Null when the author has never been seen.</summary>
    Task<CustomerProfile?> GetProfileAsync();
}
