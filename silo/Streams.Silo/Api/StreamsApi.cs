namespace Streams.Silo.Api;

public static class StreamsApi
{
    /// <summary>Maps every endpoint under <c>/api</c>.</summary>
    public static void MapStreamsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapIngestEndpoints();
        api.MapBrandEndpoints();
        api.MapPostEndpoints();
        api.MapCustomerEndpoints();
        api.MapEscalationEndpoints();
        api.MapStatusEndpoints();
    }
}
