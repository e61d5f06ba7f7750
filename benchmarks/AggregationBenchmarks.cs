using BenchmarkDotNet.Attributes;
using Streams.Domain.Aggregation;

namespace Streams.Benchmarks;

/// <summary>
/// Per-event cost of the aggregation primitives. Each benchmark feeds a pre-built stream of event
/// times (mostly in order, about one in ten up to three minutes late) so the figures include the
/// late-insert paths; results are per event (OperationsPerInvoke). Each invocation starts from a fresh
/// instance (no IterationSetup, which would force one invocation per iteration and make the timings
/// noisy), so the figures include filling the structure once: a few bytes per event at most.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private const int Events = 100_000;
    private static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private DateTime[] _times = [];
    private double[] _scores = [];
    private string[] _keys = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _times = new DateTime[Events];
        _scores = new double[Events];
        _keys = new string[Events];
        var clock = Start;
        for (var i = 0; i < Events; i++)
        {
            // ~50 events a second into one counter: a brand-level stream, harsher than any single post.
            clock = clock.AddMilliseconds(random.Next(0, 40));
            _times[i] = random.Next(10) == 0 ? clock.AddSeconds(-random.Next(0, 180)) : clock;
            _scores[i] = random.NextDouble() * 1000;
            _keys[i] = "post-" + random.Next(0, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public double DecayingSumAdd()
    {
        var sum = new DecayingSum(TimeSpan.FromMinutes(10));
        var times = _times;
        for (var i = 0; i < times.Length; i++)
        {
            sum.Add(times[i], 1.0);
        }
        return sum.Value;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public int WindowCounterAdd()
    {
        var counter = new WindowCounter(TimeSpan.FromMinutes(10));
        var times = _times;
        for (var i = 0; i < times.Length; i++)
        {
            counter.Add(times[i]);
        }
        return counter.Count;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public long MinuteHourCounterAdd()
    {
        var counter = new MinuteHourCounter();
        var times = _times;
        for (var i = 0; i < times.Length; i++)
        {
            counter.Add(times[i]);
        }
        return counter.Total;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public int TopKOffer()
    {
        var top = new TopK<string, int>(20);
        var keys = _keys;
        var scores = _scores;
        for (var i = 0; i < keys.Length; i++)
        {
            top.Offer(keys[i], scores[i], i);
        }
        return top.Count;
    }
}
