namespace Streams.Abstractions.Customers;

/// <summary>One author (key: author id): their history, influence and open complaints.</summary>
public interface ICustomerGrain : IGrainWithStringKey
{
    /// <summary>Applies the update and returns the author's influence, which the caller forwards to brands.</summary>
    Task<double> ApplyAsync(CustomerUpdate update);

    /// <summary>Null when the author has never been seen.</summary>
    Task<CustomerProfile?> GetProfileAsync();
}
