using Microsoft.Extensions.Options;
using Streams.Grains.Customers;
using Streams.Grains.Log;
using Streams.Grains.Pipeline;

namespace Streams.Silo.Api;

public static class StatusEndpoints
{
    public static void MapStatusEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/status", async (
            PipelineStatusReporter reporter, IOptions<PipelineOptions> options, DormantCustomers dormant, IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var totals = await reporter.ReportAsync();
            var log = services.GetService<LogProgress>() is { } progress ? await progress.ReadAsync(cancellationToken) : null;
            return Results.Ok(new StatusResponse(
                totals.Accepted,
                totals.Processed,
                Math.Max(0, totals.Accepted - totals.Processed),
                log?.Settled ?? totals.Settled,
                totals.Silos,
                options.Value.Partitions,
                log?.EntriesBehind,
                log?.Unconfirmed,
                dormant.Enabled ? dormant.Count : null));
        }).WithSummary("Events accepted and events fully applied to grain state, cluster-wide")
            .WithDescription("Any valid key: the totals name no brand. The counters are this run's and approximate across silo restarts; with durable storage, settled and logEntriesBehind come from the durable log and are exact.")
            .Produces<StatusResponse>();
    }
}
