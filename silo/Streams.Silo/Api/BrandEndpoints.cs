using System.Security.Claims;
using Streams.Abstractions.Escalations;
using Streams.Silo.Brands;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

public static class BrandEndpoints
{
    public static void MapBrandEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/brands", RegisterAsync).WithSummary("Register or replace a brand")
            .RequireAuthorization(StreamsSecurityExtensions.AdminPolicy)
            .Produces<BrandResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        api.MapPost("/brands/batch", RegisterBatchAsync).WithSummary("Register or replace many brands at once, all or nothing")
            .RequireAuthorization(StreamsSecurityExtensions.AdminPolicy)
            .Produces<BrandBatchResponse>()
            .ProducesValidationProblem();
        api.MapGet("/brands", ListAsync).WithSummary("All brands with their live aggregates (only the key's brands)")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces<BrandResponse[]>();
        api.MapGet("/brands/{id}", GetAsync).WithSummary("One brand with its live aggregates")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces<BrandResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/brands/{id}/escalations", EscalationsAsync).WithSummary("A brand's escalations: ?status=open|resolved|withdrawn|all")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces<Escalation[]>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RegisterAsync(BrandRequest? request, BrandService brands)
    {
        if (request is null)
        {
            return Problems.BadRequest("Missing body", "Send a JSON brand object.");
        }
        var brand = BrandRequestMapper.TryMap(request, out var errors);
        if (brand is null)
        {
            return Problems.Invalid("Invalid brand", errors);
        }
        await brands.RegisterAsync(brand);
        return Results.Created($"/api/brands/{brand.Id}", BrandResponse.From(brand, await brands.StatsAsync(brand.Id)));
    }

    private static async Task<IResult> RegisterBatchAsync(BrandRequest?[]? requests, BrandService brands)
    {
        if (requests is null)
        {
            return Problems.BadRequest("Missing body", "Send a JSON array of brand objects.");
        }
        if (BrandRequestMapper.TryMapAll(requests, out var errors) is not { } valid)
        {
            return Problems.Invalid("Invalid brands; none was registered", errors);
        }
        await brands.RegisterManyAsync(valid);
        return Results.Ok(new BrandBatchResponse(valid.Count, valid.Select(b => b.Id).ToArray()));
    }

    private static async Task<IResult> ListAsync(BrandService brands, ClaimsPrincipal user)
    {
        var scope = BrandScope.Of(user);
        var all = (await brands.ListAsync()).Where(b => scope.Allows(b.Id)).ToArray();
        var stats = await Task.WhenAll(all.Select(b => brands.StatsAsync(b.Id)));
        return Results.Ok(all.Select((b, i) => BrandResponse.From(b, stats[i])).ToArray());
    }

    private static async Task<IResult> GetAsync(string id, BrandService brands, ClaimsPrincipal user)
    {
        if (!BrandScope.Of(user).Allows(id))
        {
            return Problems.NotYourBrand(id);
        }
        var brand = await brands.FindAsync(id);
        return brand is null
            ? Problems.NotFound("Unknown brand", $"No brand with id '{id}' is registered.")
            : Results.Ok(BrandResponse.From(brand, await brands.StatsAsync(id)));
    }

    private static async Task<IResult> EscalationsAsync(string id, string? status, BrandService brands, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (!BrandScope.Of(user).Allows(id))
        {
            return Problems.NotYourBrand(id);
        }
        if (await brands.FindAsync(id) is null)
        {
            return Problems.NotFound("Unknown brand", $"No brand with id '{id}' is registered.");
        }
        EscalationStatus? filter;
        var includeWithdrawn = false;
        switch (status?.ToLowerInvariant())
        {
            case null or "" or "open": filter = EscalationStatus.Open; break;
            case "resolved": filter = EscalationStatus.Resolved; break;
            case "withdrawn": filter = EscalationStatus.Withdrawn; break;
            case "all": filter = null; break;
            default:
                return Problems.BadRequest("Invalid status", $"status must be open, resolved, withdrawn or all (got '{status}').");
        }
        return Results.Ok(await grains.GetGrain<Abstractions.Brands.IBrandGrain>(id).GetEscalationsAsync(filter, includeWithdrawn));
    }
}
