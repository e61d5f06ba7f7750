using BenchmarkDotNet.Attributes;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Domain.Brands;
using Streams.Domain.Customers;

namespace Streams.Benchmarks;

/// <summary>What a brand grain and a customer grain do with one coalesced update from a partition.</summary>
[MemoryDiagnoser]
public class BatchUpdateBenchmarks
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private BrandUpdate brandUpdate = null!;
    private CustomerUpdate customerUpdate = null!;
    private BrandAggregate brand = null!;
    private CustomerAggregate customer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var mentions = Enumerable.Range(0, 100)
            .Select(i => new BrandMention($"p{i}", $"u{i % 37}", T0.AddSeconds(i), i % 3 == 0 ? -0.6 : 0.2))
            .ToArray();
        var answers = Enumerable.Range(0, 20)
            .Select(i => new BrandAnswer($"p{i}", T0.AddMinutes(10 + i), TimeSpan.FromMinutes(10 + i)))
            .ToArray();
        var spreading = Enumerable.Range(0, 10).Select(i => new PostSpread($"p{i}", 10 + i, i, 1_000 * i, T0, null)).ToArray();
        var authors = Enumerable.Range(0, 10).Select(i => new AuthorInfluence($"u{i}", null, 20 + i, 100 * i)).ToArray();
        brandUpdate = new BrandUpdate(mentions, answers, [], spreading, authors, 3);
        customerUpdate = new CustomerUpdate(
            "jane", 1_200, false,
            [new CustomerPost("p1", T0, -0.5, ["acme"], true), new CustomerPost("p2", T0.AddMinutes(1), 0.3, ["acme", "globex"], false)],
            [new Amplification(T0, 1), new Amplification(T0.AddSeconds(30), 1)],
            ["p1"]);
        brand = new BrandAggregate("acme");
        customer = new CustomerAggregate("u1");
    }

    /// <summary>A brand update carrying 100 mentions, 20 answers, 10 spread reports and 10 author influences.</summary>
    [Benchmark]
    public void BrandApply100Mentions() => brand.Apply(brandUpdate);

    [Benchmark]
    public double CustomerApply() => customer.Apply(customerUpdate);

    [Benchmark]
    public BrandStats BrandStats() => brand.Stats();
}
