using Orleans.Dashboard;
using Streams.Silo.Security;

namespace Streams.Silo.Hosting;

/// <summary>The official Orleans Dashboard at <c>/dashboard</c>: silos, grains, calls, latency. Admin keys only.</summary>
public static class OperatorDashboardExtensions
{
    public const string Path = ApiKeyAuthenticationHandler.DashboardPath;

    // The dashboard's grain call profiler looks every call's method up in a dictionary keyed by MethodInfo, whose
    // hash code takes the runtime's slow path: about 3% of the silo's CPU at full rate. It runs from start-up and
    // then until this long after the dashboard last polled (Orleans' default is a minute); the open dashboard polls
    // every second, so the profile is still there for whoever watches.
    private static readonly TimeSpan ProfileAfterLastPoll = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>Streams:OrleansDashboard</c> (default true) turns it off entirely: its grain call profiler costs a
    /// little on every grain call while someone is watching.
    /// </summary>
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Streams:OrleansDashboard", true);

    public static ISiloBuilder AddStreamsOperatorDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (Enabled(configuration))
        {
            // The live log trace streams every grain call to the browser: off unless asked for.
            var trace = configuration.GetValue("Streams:OrleansDashboardTrace", false);
            silo.AddDashboard(o => o.HideTrace = !trace);
            silo.Services.Configure<GrainProfilerOptions>(o => o.DeactivationTime = ProfileAfterLastPoll);
        }
        return silo;
    }

    public static void MapStreamsOperatorDashboard(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (Enabled(configuration))
        {
            app.MapOrleansDashboard(routePrefix: Path).RequireAuthorization(StreamsSecurityExtensions.AdminPolicy);
        }
    }
}
