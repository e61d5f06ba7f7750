using BenchmarkDotNet.Attributes;
using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>Topics (default taxonomy), intents and language of one customer-care post.</summary>
[MemoryDiagnoser]
public class TextUnderstandingBenchmarks
{
    private const string Post =
        "@SNCF pourquoi mon train est encore annulé ? Colis jamais reçu, remboursement refusé, service client injoignable. Je vais résilier.";

    private readonly TopicTaxonomy _topics = TopicTaxonomy.Default;
    private readonly IntentDetector _intents = IntentDetector.Shared;

    [Benchmark]
    public ulong Topics() => _topics.Match(Post);

    [Benchmark]
    public PostIntent Intents() => _intents.Detect(Post, -0.6);

    [Benchmark]
    public Language Language() => LanguageDetector.Detect(Post, null);
}
