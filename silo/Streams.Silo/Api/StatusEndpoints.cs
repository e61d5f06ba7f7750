using Microsoft.Extensions.Options;
using Streams.Grains.Pipeline;

namespace Streams.Silo.Api;

public static class StatusEndpoints
{
    public static void MapStatusEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/status", async (PipelineStatusReporter reporter, IOptions<PipelineOptions> options) =>
        {
            var totals = await reporter.ReportAsync();
            return Results.Ok(new StatusResponse(
                totals.Accepted,
                totals.Processed,
                Math.Max(0, totals.Accepted - totals.Processed),
                totals.Settled,
                totals.Silos,
                options.Value.Partitions));
        }).WithSummary("Events accepted and events fully applied to grain state, cluster-wide")
            .WithDescription("Any valid key: the totals name no brand.")
            .Produces<StatusResponse>();
    }
}
