using Streams.Silo.Hosting;
using System.Buffers;
using Streams.Abstractions.Events;
using Streams.Client.Generation;
using Streams.Domain.Ingest;
using Streams.Silo.Brands;
using Streams.Silo.Ingest;

namespace Streams.Silo.Demo;

/// <summary>
/// With <c>Streams:Demo=true</c>, feeds the silo the synthetic firehose so a newcomer sees brands,
/// mentions and escalations at once. Event time runs <see cref="Compression"/> times faster than
/// the wall clock: complaints spread over 5-30 minutes of event time, which the demo shows in
/// well under a minute of real time.
/// </summary>
public sealed class DemoFirehose(
    IConfiguration configuration,
    BrandService brands,
    IngestPipeline pipeline,
    IHostApplicationLifetime lifetime,
    ILogger<DemoFirehose> logger) : BackgroundService
{
    private const int Compression = 30;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Streams:Demo", false))
        {
            return;
        }
        await lifetime.WhenStartedAsync(stoppingToken);
        var wallRate = configuration.GetValue("Streams:DemoRate", 300);
        var generator = new FirehoseGenerator(new FirehoseOptions
        {
            // The generator's rate is per second of event time: sending wallRate events per real
            // second at wallRate / Compression per event-second runs event time Compression times faster.
            Rate = Math.Max(1, wallRate / Compression),
            DurationSeconds = 24 * 3600,
            Brands = configuration.GetValue("Streams:DemoBrands", 12),
            Authors = 50_000,
            Seed = (ulong)Environment.TickCount64,
            Start = DateTime.UtcNow.AddHours(-1),
        });
        foreach (var registration in generator.Brands)
        {
            await brands.RegisterAsync(GeneratedBrands.ToConfig(registration));
        }
        logger.LogInformation(
            "Demo firehose: {Brands} brands, {Rate} events/s, event time {Compression}x faster than the clock. Try GET /api/brands and GET /api/escalations/stream",
            generator.Brands.Count, wallRate, Compression);

        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        var batch = new List<MentionEvent>();
        var perTick = Math.Max(1, (int)(wallRate * Tick.TotalSeconds));
        using var timer = new PeriodicTimer(Tick);
        while (!generator.IsFinished && await timer.WaitForNextTickAsync(stoppingToken))
        {
            batch.Clear();
            for (var i = 0; i < perTick && generator.WriteNext(buffer); i++)
            {
                var line = buffer.WrittenSpan.TrimEnd((byte)'\n');
                if (MentionEventParser.TryParse(line, IngestLimits.Default, out var mention, out _))
                {
                    batch.Add(mention!);
                }
                buffer.ResetWrittenCount();
            }
            while (await pipeline.AcceptAsync(batch) != IngestAdmission.Accepted)
            {
                await Task.Delay(Tick, stoppingToken);
            }
        }
    }
}
