using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Streams.Silo.Escalations;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

public static class EscalationEndpoints
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static void MapEscalationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/escalations/stream", StreamAsync)
            .WithSummary("Live escalations as Server-Sent Events (event: escalation, data: the escalation JSON); ?brand=ID to filter. A connection that reads too slowly loses the oldest and is told so: event: dropped, data: {\"dropped\":N}")
            .WithDescription("A brand-scoped key receives only its brands' escalations; asking for another brand is 403.")
            .RequireAuthorization(StreamsSecurityExtensions.ReadPolicy)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task StreamAsync(HttpContext context, string? brand, EscalationFeed feed, IOptions<JsonOptions> json, ClaimsPrincipal user)
    {
        var scope = BrandScope.Of(user);
        if (brand is not null && !scope.Allows(brand))
        {
            await Problems.NotYourBrand(brand).ExecuteAsync(context);
            return;
        }
        var response = context.Response;
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        using (var listener = feed.Listen(e => (brand is null || e.BrandId == brand) && scope.Allows(e.BrandId)))
        {
            var reader = listener.Reader;
            var aborted = context.RequestAborted;
            await response.WriteAsync(": connected\n\n", aborted);
            await response.Body.FlushAsync(aborted);
            try
            {
                while (!aborted.IsCancellationRequested)
                {
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                    wait.CancelAfter(KeepAlive);
                    bool ready;
                    try
                    {
                        ready = await reader.WaitToReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                    {
                        // Comment lines keep proxies and browsers from closing an idle stream.
                        await response.WriteAsync(": keep-alive\n\n", aborted);
                        await response.Body.FlushAsync(aborted);
                        continue;
                    }
                    if (!ready)
                    {
                        return;
                    }
                    while (reader.TryRead(out var escalation))
                    {
                        var data = JsonSerializer.Serialize(escalation, json.Value.SerializerOptions);
                        await response.WriteAsync($"id: {escalation.Id}#{escalation.Revision}\nevent: escalation\ndata: {data}\n\n", aborted);
                    }
                    if (listener.TakeDropped() is var dropped and > 0)
                    {
                        // This connection read too slowly and lost the oldest: say so, so the client re-reads the lists.
                        await response.WriteAsync($"event: dropped\ndata: {{\"dropped\":{dropped}}}\n\n", aborted);
                    }
                    await response.Body.FlushAsync(aborted);
                }
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                // The client went away.
            }
        }
    }
}
