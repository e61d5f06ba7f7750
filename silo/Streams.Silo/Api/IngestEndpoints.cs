using Microsoft.Extensions.Options;
using Streams.Domain.Ingest;
using Streams.Grains.Pipeline;
using Streams.Silo.Ingest;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

public static class IngestEndpoints
{
    public static void MapIngestEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/ingest", IngestAsync)
            .WithSummary("Ingest an NDJSON body of mention events")
            .WithDescription("Each line is validated on its own: bad lines are reported with their line number and never stop the good ones. A request that finds the in-flight budget spent is held until the partitions make room; 503 with Retry-After when the pipeline stays saturated for the whole admission wait (Streams:AdmissionWaitMilliseconds) or, with durable storage, the database is unreachable: then nothing of the request was accepted. With durable storage, 200 means the accepted events are in the durable log.")
            .RequireAuthorization(StreamsSecurityExtensions.IngestPolicy)
            .Produces<IngestResponse>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> IngestAsync(
        HttpRequest request, IngestPipeline pipeline, IOptions<PipelineOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var limits = IngestLimits.Default with
        {
            LatestCreatedAt = clock.GetUtcNow().UtcDateTime.AddMinutes(options.Value.MaxEventAheadMinutes),
        };
        if (request.ContentLength > limits.MaxBodyBytes)
        {
            return TooLarge(limits);
        }
        var parsed = await NdjsonIngestReader.ReadAsync(request.Body, limits, cancellationToken);
        if (parsed.BodyTooLarge)
        {
            return TooLarge(limits);
        }
        switch (await pipeline.AcceptAsync(parsed.Accepted, cancellationToken))
        {
            case IngestAdmission.Saturated:
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Pipeline saturated",
                    detail: $"{pipeline.InFlight} events are still in flight after waiting {pipeline.AdmissionWait.TotalSeconds:0.#} s for room (limit {pipeline.MaxInFlight}). Nothing from this request was accepted; send it again after the Retry-After delay.");
            case IngestAdmission.StorageUnavailable:
                request.HttpContext.Response.Headers.RetryAfter = "5";
                return Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Storage unavailable",
                    detail: "The durable ingest log could not be written (the database is unreachable). Nothing from this request was accepted; send it again after the Retry-After delay.");
        }
        return Results.Ok(new IngestResponse(
            parsed.Accepted.Count,
            parsed.Rejected.Select(r => new IngestRejection(r.Line, r.Error)).ToArray()));
    }

    private static IResult TooLarge(IngestLimits limits) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Body too large",
        detail: $"An ingest body may hold at most {limits.MaxBodyBytes} bytes; nothing was accepted. Split the events over several requests.");
}
