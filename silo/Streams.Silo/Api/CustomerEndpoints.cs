using Streams.Abstractions.Customers;

namespace Streams.Silo.Api;

public static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/customers/{id}", async (string id, IGrainFactory grains) =>
            await grains.GetGrain<ICustomerGrain>(id).GetProfileAsync() is { } profile
                ? Results.Ok(profile)
                : Problems.NotFound("Unknown customer", $"No author with id '{id}' has posted about a registered brand."))
            .WithSummary("An author's profile: posts, brands, sentiment trend, influence, open complaints");
    }
}
