namespace Streams.Silo.Api;

public static class StreamsApi
{
    /// <summary>Maps every endpoint under <c>/api</c>. Every one needs a key; each endpoint adds its scope.</summary>
    public static void MapStreamsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapIngestEndpoints();
        api.MapBrandEndpoints();
        api.MapBrandPreviewEndpoints();
        api.MapBrandBacktestEndpoints();
        api.MapPostEndpoints();
        api.MapCustomerEndpoints();
        api.MapEscalationEndpoints();
        api.MapStatusEndpoints();
        api.MapDashboardEndpoints();
    }
}
