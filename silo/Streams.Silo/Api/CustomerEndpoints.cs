using System.Security.Claims;
using Streams.Abstractions.Customers;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

public static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/customers/{id}", GetAsync)
            .WithSummary("An author's profile: posts, brands, sentiment trend, influence, open complaints")
            .WithDescription("A brand-scoped key sees an author only if they posted about one of its brands, and then only those brands' counts and complaints.")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces<CustomerProfile>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(string id, IGrainFactory grains, ClaimsPrincipal user)
    {
        var profile = await grains.GetGrain<ICustomerGrain>(id).GetProfileAsync();
        if (profile is null)
        {
            return Problems.NotFound("Unknown customer", $"No author with id '{id}' has posted about a registered brand.");
        }
        return ScopedCustomerProfile.For(profile, BrandScope.Of(user)) is { } visible
            ? Results.Ok(visible)
            : Problems.Forbidden("Customer not in this key's scope", $"Author '{id}' has not posted about any brand this API key may read.");
    }
}
