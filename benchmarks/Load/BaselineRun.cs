using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Abstractions.Pipeline;
using Streams.Client.Generation;
using Streams.Domain.Brands;
using Streams.Domain.Customers;
using Streams.Domain.Ingest;
using Streams.Domain.Partitioning;

namespace Streams.Benchmarks.Load;

/// <summary>
/// The ceiling Streams is compared with: the same parsing, matching, scoring and aggregation, in one
/// process with no actors and no HTTP. A two-stage Channels pipeline (parse on one thread; partition
/// engines, brand and customer aggregates on the other) so that it, too, uses both cores.
/// </summary>
public static class BaselineRun
{
    private const int FlushEvery = 20_000;

    public static double EventsPerSecond(FirehoseOptions generatorOptions, IReadOnlyList<BrandConfig> brands, int partitions, long events)
    {
        var (body, lineEnds) = Generate(generatorOptions, events);
        var catalog = new BrandCatalog(1, brands);
        var engines = Enumerable.Range(0, partitions)
            .Select(p => new PartitionEngine(p, partitions, TimeProvider.System) { Catalog = catalog })
            .ToArray();
        var brandAggregates = new Dictionary<string, BrandAggregate>(StringComparer.Ordinal);
        var customers = new Dictionary<string, CustomerAggregate>(StringComparer.Ordinal);
        var parsed = Channel.CreateBounded<MentionEvent>(new BoundedChannelOptions(65_536) { SingleReader = true, SingleWriter = true });

        var clock = Stopwatch.StartNew();
        var parse = Task.Run(async () =>
        {
            var start = 0;
            foreach (var end in lineEnds)
            {
                if (MentionEventParser.TryParse(body.AsSpan(start, end - start), IngestLimits.Default, out var mention, out _))
                {
                    await parsed.Writer.WriteAsync(mention!);
                }
                start = end + 1;
            }
            parsed.Writer.Complete();
        });
        var apply = Task.Run(async () =>
        {
            var sinceFlush = 0;
            await foreach (var mention in parsed.Reader.ReadAllAsync())
            {
                engines[PartitionMap.PartitionOf(mention, partitions)].Apply(mention);
                if (++sinceFlush == FlushEvery)
                {
                    FlushAll(engines, brandAggregates, customers);
                    sinceFlush = 0;
                }
            }
            FlushAll(engines, brandAggregates, customers);
        });
        Task.WaitAll(parse, apply);
        return lineEnds.Count / clock.Elapsed.TotalSeconds;
    }

    private static void FlushAll(PartitionEngine[] engines, Dictionary<string, BrandAggregate> brands, Dictionary<string, CustomerAggregate> customers)
    {
        // Signals between partitions can cascade (an answer travelling up a thread): flush until quiet.
        for (var round = 0; round < 16; round++)
        {
            var quiet = true;
            foreach (var engine in engines)
            {
                var flush = engine.Outbox.Drain();
                if (flush.IsEmpty)
                {
                    continue;
                }
                quiet = false;
                foreach (var (authorId, update) in flush.Customers)
                {
                    if (!customers.TryGetValue(authorId, out var customer))
                    {
                        customer = new CustomerAggregate(authorId);
                        customers[authorId] = customer;
                    }
                    var influence = customer.Apply(update.Build());
                    foreach (var brand in update.MentionedBrands)
                    {
                        if (flush.Brands.TryGetValue(brand, out var brandUpdate))
                        {
                            brandUpdate.Author(new AuthorInfluence(authorId, update.Author.Handle, influence, update.Author.Followers));
                        }
                    }
                }
                foreach (var (brandId, update) in flush.Brands)
                {
                    if (!brands.TryGetValue(brandId, out var aggregate))
                    {
                        aggregate = new BrandAggregate(brandId);
                        brands[brandId] = aggregate;
                    }
                    aggregate.Apply(update.Build());
                }
                foreach (var (partition, signals) in flush.Signals)
                {
                    signals.ForEach(engines[partition].Apply);
                }
                foreach (var (partition, posts) in flush.Forwards)
                {
                    posts.ForEach(engines[partition].ApplyForwarded);
                }
            }
            if (quiet)
            {
                return;
            }
        }
    }

    private static (byte[] Body, List<int> LineEnds) Generate(FirehoseOptions options, long events)
    {
        var generator = new FirehoseGenerator(options);
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(int.MaxValue / 2, events * 300));
        var lineEnds = new List<int>((int)events);
        for (var i = 0; i < events && generator.WriteNext(buffer); i++)
        {
            lineEnds.Add(buffer.WrittenCount - 1);
        }
        return (buffer.WrittenSpan.ToArray(), lineEnds);
    }
}
