using BenchmarkDotNet.Attributes;
using Streams.Domain.Scoring;

namespace Streams.Benchmarks;

/// <summary>
/// The influence and virality formulas alone (kept apart from benchmarks with per-iteration setup,
/// which would swamp them). Inputs are fields so the JIT cannot fold the calls into constants.
/// </summary>
[MemoryDiagnoser]
public class ScoreFormulaBenchmarks
{
    private long followers = 48_000;
    private double amplification = 12.5;
    private double velocity = 17.3;
    private long reach = 125_000;

    [Benchmark]
    public double Influence() => InfluenceScorer.Score(followers++, true, amplification);

    [Benchmark]
    public double Virality() => ViralityScorer.Score(velocity += 0.001, reach++);
}
