using BenchmarkDotNet.Attributes;
using Streams.Domain.Aggregation;

namespace Streams.Benchmarks;

/// <summary>
/// Per-event cost of the aggregation primitives. Each benchmark feeds a pre-built stream of event
/// times (mostly in order, about one in ten up to three minutes late) so the figures include the
/// late-insert paths; results are per event (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private const int Events = 100_000;
    private static readonly DateTime Start = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private DateTime[] _times = [];
    private double[] _scores = [];
    private string[] _keys = [];
    private DecayingSum _decayingSum = null!;
    private WindowCounter _windowCounter = null!;
    private MinuteHourCounter _minuteHourCounter = null!;
    private TopK<string, int> _topK = null!;

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

    [IterationSetup]
    public void Reset()
    {
        _decayingSum = new DecayingSum(TimeSpan.FromMinutes(10));
        _windowCounter = new WindowCounter(TimeSpan.FromMinutes(10));
        _minuteHourCounter = new MinuteHourCounter();
        _topK = new TopK<string, int>(20);
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public double DecayingSumAdd()
    {
        var sum = _decayingSum;
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
        var counter = _windowCounter;
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
        var counter = _minuteHourCounter;
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
        var top = _topK;
        var keys = _keys;
        var scores = _scores;
        for (var i = 0; i < keys.Length; i++)
        {
            top.Offer(keys[i], scores[i], i);
        }
        return top.Count;
    }
}
