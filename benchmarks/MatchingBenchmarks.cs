using BenchmarkDotNet.Attributes;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching;

namespace Streams.Benchmarks;

/// <summary>Brand matching of typical posts against 1,000 registered brands with 3 aliases and 2 handles each.</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private const string MentionPost =
        "@AirFranceFR vol AF1234 annulé sans prévenir, 3h d'attente au guichet et personne pour nous répondre. Inadmissible ! #AirFrance #CDG";

    private const string NamePost =
        "Franchement la Société Générale c'est devenu n'importe quoi, carte bloquée depuis trois jours et le service client ne répond jamais, je pars chez une banque en ligne";

    private const string NoBrandPost =
        "Beautiful sunset over the bay tonight, went for a long walk with the dog and grabbed a coffee on the way back home. Can't wait for the weekend to start!";

    private const string LongPost =
        "Third time this month my parcel is late. Ordered on Monday with express delivery, tracking said out for delivery since Wednesday, and nothing. " +
        "Customer service chat closed after 20 minutes of waiting. @Brand42Help @brand_917 this is not acceptable for a premium subscription, #Nova7Labs please fix it.";

    private BrandMatcher _matcher = null!;
    private readonly List<string> _ids = new(8);
    private List<BrandConfig> _brands = null!;

    [GlobalSetup]
    public void Setup()
    {
        _brands = Enumerable.Range(0, 1_000).Select(i => new BrandConfig(
            $"b{i:D4}",
            i switch { 0 => "Air France", 1 => "Société Générale", _ => $"Quantum Widget {i}" },
            [new BrandHandle(Platform.Twitter, i == 0 ? "AirFranceFR" : $"Brand{i}Help"), new BrandHandle(Platform.Unknown, $"brand_{i}")],
            [$"W{i}", $"Nova {i} Labs", $"Zeta Çorp {i}"],
            ["fr", "en"],
            60,
            EscalationSettings.Default)).ToList();
        _matcher = BrandMatcher.Compile(_brands);
    }

    [Benchmark]
    public int Mentions() => Run(MentionPost);

    [Benchmark]
    public int NameInText() => Run(NamePost);

    [Benchmark]
    public int NoBrand() => Run(NoBrandPost);

    [Benchmark]
    public int LongWithHandles() => Run(LongPost);

    [Benchmark]
    public bool OwnerLookup() => _matcher.TryGetOwner(Platform.Twitter, "@airfrancefr", out _);

    [Benchmark]
    public BrandMatcher Compile1000() => BrandMatcher.Compile(_brands);

    private int Run(string text)
    {
        _ids.Clear();
        _matcher.Match(text, _ids);
        return _ids.Count;
    }
}
