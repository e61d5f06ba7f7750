using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Configuration;
using Streams.Grains.Hosting;
using Streams.Grains.Persistence;
using Streams.Silo.Api;
using Streams.Silo.Brands;
using Streams.Silo.Escalations;
using Streams.Silo.Security;

namespace Streams.Silo.Hosting;

/// <summary>
/// Builds the Streams host: an Orleans silo and the HTTP API in one process. Factored out of
/// Program so tests start exactly what users start.
/// </summary>
public static class StreamsHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        LoggingDefaults.Apply(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        var siloPort = builder.Configuration.GetValue("Streams:SiloPort", 11111);
        var gatewayPort = builder.Configuration.GetValue("Streams:GatewayPort", 30000);
        var persistence = PersistenceSettings.Read(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            if (persistence.PostgresClustering)
            {
                var connectionString = PersistenceSettings.PostgresConnectionString(builder.Configuration);
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = StreamsSiloBuilderExtensions.PostgresInvariant;
                    o.ConnectionString = connectionString;
                });
                silo.Configure<EndpointOptions>(o =>
                {
                    o.SiloPort = siloPort;
                    o.GatewayPort = gatewayPort;
                });
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort);
            }
            if (persistence.PostgresClustering || persistence.DurableStorage)
            {
                // Stored state is keyed by ServiceId and membership by ClusterId: both must stay the
                // same across restarts and across the silos of one cluster.
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = builder.Configuration["Streams:ClusterId"] ?? "streams";
                    o.ServiceId = builder.Configuration["Streams:ServiceId"] ?? "streams";
                });
            }
            // Advertise loopback: otherwise a silo picks a non-loopback address it may not be reachable on.
            silo.Configure<EndpointOptions>(o => o.AdvertisedIPAddress = IPAddress.Loopback);
            // Localhost clustering here is one silo on its own ports: the whole cluster.
            silo.AddStreamsPipeline(builder.Configuration, singleSilo: !persistence.PostgresClustering);
            silo.AddStreamsOperatorDashboard(builder.Configuration);
        });
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        builder.Services.AddSingleton<BrandService>();
        builder.Services.AddStreamsIngest();
        builder.Services.AddSingleton<EscalationFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EscalationFeed>());
        builder.Services.AddHostedService<BrandsFileLoader>();
        builder.Services.AddHostedService<Demo.DemoFirehose>();
        builder.Services.AddProblemDetails();
        // Binding failures (malformed JSON, wrong types) throw, so BadRequestBodyHandler can say what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestBodyHandler>();
        builder.Services.AddStreamsSecurity();
        builder.Services.AddStreamsOpenApi();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStreamsApi();
        app.MapStreamsOpenApi();
        app.MapStreamsOperatorDashboard(builder.Configuration);
        app.MapBrandDashboardPage();
        return app;
    }

    /// <summary>camelCase, enums as lower-case strings ("open", "twitter").</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
