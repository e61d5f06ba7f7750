using Streams.Silo.Ingest;

namespace Streams.Silo.Hosting;

public static class StreamsIngestServiceExtensions
{
    /// <summary>The ingest pipeline (buffers and stream pumps) of a silo; shared by the host and the test clusters.</summary>
    public static IServiceCollection AddStreamsIngest(this IServiceCollection services)
    {
        services.AddSingleton<IngestPipeline>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestPipeline>());
        return services;
    }
}
