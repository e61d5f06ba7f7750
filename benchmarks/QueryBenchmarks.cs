using BenchmarkDotNet.Attributes;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching.Query;

namespace Streams.Benchmarks;

/// <summary>
/// 1,000 brands, each with a realistic query (names OR'ed, context AND'ed, a NOT, a wildcard, a NEAR, a field filter),
/// sharing many context words ("panne", "service client", "rembours*"): the case the compiled evaluator is built for.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const string MatchingPost =
        "@Brand12Help colis jamais livré et service client injoignable, je veux être remboursé. Quantum12 c'est fini #Quantum12";

    private const string ContextOnlyPost =
        "Panne de réseau depuis ce matin, le service client ne répond pas, toujours pas remboursé de la dernière fois";

    private const string NoBrandPost =
        "Beautiful sunset over the bay tonight, went for a long walk with the dog and grabbed a coffee on the way back home. Can't wait for the weekend to start!";

    private static readonly PostMetadata Metadata = new("fr", "FR", Platform.Twitter, "@jane", 1_200, false);

    private BrandQueryMatcher _matcher = null!;
    private List<BrandQuerySource> _sources = null!;
    private readonly List<string> _ids = new(8);

    [GlobalSetup]
    public void Setup()
    {
        _sources = Enumerable.Range(0, 1_000).Select(i => new BrandQuerySource(
            new BrandConfig($"b{i:D4}", $"Quantum {i}", [new BrandHandle(Platform.Twitter, $"Brand{i}Help")], [], ["fr", "en"], 60, EscalationSettings.Default),
            $"(quantum{i} OR \"quantum widget {i}\" OR #quantum{i} OR @Brand{i}Help) AND (panne OR \"service client\" OR rembours* OR colis NEAR/3 livré OR lang:fr) AND NOT promo{i}"))
            .ToList();
        _matcher = BrandQueryMatcher.Compile(_sources);
    }

    [Benchmark]
    public int Matching() => Run(MatchingPost);

    [Benchmark]
    public int ContextWordsOnly() => Run(ContextOnlyPost);

    [Benchmark]
    public int NoBrand() => Run(NoBrandPost);

    [Benchmark]
    public BrandQueryMatcher Compile1000() => BrandQueryMatcher.Compile(_sources);

    private int Run(string text)
    {
        _ids.Clear();
        _matcher.Match(text, Metadata, _ids);
        return _ids.Count;
    }
}
