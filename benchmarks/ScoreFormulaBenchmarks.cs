using BenchmarkDotNet.Attributes;
using Streams.Domain.Scoring;

namespace Streams.Benchmarks;

/// <summary>The influence and virality formulas alone (kept apart from benchmarks with per-iteration setup, which would swamp them).</summary>
[MemoryDiagnoser]
public class ScoreFormulaBenchmarks
{
    [Benchmark]
    public double Influence() => InfluenceScorer.Score(48_000, true, 12.5);

    [Benchmark]
    public double Virality() => ViralityScorer.Score(17.3, 125_000);
}
