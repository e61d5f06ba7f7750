using Orleans.Dashboard;
using Streams.Silo.Security;

namespace Streams.Silo.Hosting;

/// <summary>The official Orleans Dashboard at <c>/dashboard</c>: silos, grains, calls, latency. Admin keys only.</summary>
public static class OperatorDashboardExtensions
{
    public const string Path = ApiKeyAuthenticationHandler.DashboardPath;

    /// <summary>
    /// <c>Streams:OrleansDashboard</c> (default false) turns it on. It is off by default because it
    /// costs 15-18% of the events a silo takes at saturation (docs/benchmarks.md): once a second its
    /// metrics reader makes Orleans walk every activation under the lock that new activations take
    /// (one per live customer), and its filter runs on every grain call.
    /// </summary>
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Streams:OrleansDashboard", false);

    public static ISiloBuilder AddStreamsOperatorDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (Enabled(configuration))
        {
            // The live log trace streams every grain call to the browser: off unless asked for.
            var trace = configuration.GetValue("Streams:OrleansDashboardTrace", false);
            silo.AddDashboard(o => o.HideTrace = !trace);
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
