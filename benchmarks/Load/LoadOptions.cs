using System.Globalization;

namespace Streams.Benchmarks.Load;

/// <summary>
/// <c>load --rate N|max --duration S [--brands 1000] [--authors 1000000] [--json FILE] [--url URL]
/// [--api-key KEY] [--concurrency 4] [--batch 5000] [--seed N] [--partitions N] [--max-in-flight N] [--baseline-seconds 10]
/// [--postgres CONNECTION-STRING] [--checkpoint-seconds 30] [--warmup S]</c>.
/// Without <c>--url</c> a silo is started in this process on free ports.
/// </summary>
public sealed record LoadOptions
{
    /// <summary>Events per second; null means as fast as the silo accepts.</summary>
    public int? Rate { get; init; }
    public int DurationSeconds { get; init; } = 60;
    public int Brands { get; init; } = 1_000;
    public int Authors { get; init; } = 1_000_000;
    public string? JsonPath { get; init; }
    public Uri? Url { get; init; }
    public string? ApiKey { get; init; } = Environment.GetEnvironmentVariable("STREAMS_ADMIN_KEY");
    public int Concurrency { get; init; } = 4;
    public int BatchLines { get; init; } = 5_000;
    public ulong Seed { get; init; } = 42;
    public int? Partitions { get; init; }
    public int BaselineSeconds { get; init; } = 10;

    /// <summary>
    /// Seconds of the same firehose sent before the measured <see cref="DurationSeconds"/>, and left out of the rates,
    /// latencies and GC share: for about 15 s after start-up the JIT recompiles the hot methods with instrumentation
    /// and then with their profile, which halves the rate on two cores; a silo that has been running is past it.
    /// Zero (the default) measures from a cold start.
    /// </summary>
    public int WarmupSeconds { get; init; }

    /// <summary>Passed to an in-process silo as <c>Streams:MaxInFlightEvents</c> when set.</summary>
    public long? MaxInFlight { get; init; }

    /// <summary>When set, the in-process silo keeps its state and ingest log on this PostgreSQL (<c>Streams:Storage postgres</c>).</summary>
    public string? Postgres { get; init; }

    /// <summary>Passed to an in-process silo as <c>Streams:CustomerIdleMinutes</c> when set (<see cref="LiveAuthorsRun"/> sets 1.5).</summary>
    public double? CustomerIdleMinutes { get; init; }

    /// <summary>Passed to an in-process silo as <c>Streams:TrimAboveMegabytes</c> when set (<see cref="LiveAuthorsRun"/> sets 2,500).</summary>
    public long? TrimAboveMegabytes { get; init; }

    /// <summary>Passed to an in-process silo as <c>Streams:CheckpointSeconds</c> when set.</summary>
    public double? CheckpointSeconds { get; init; }

    /// <summary>When set, measures the memory of this many live authors instead of a load run (<see cref="LiveAuthorsRun"/>).</summary>
    public int? LiveAuthors { get; init; }

    /// <summary>The event-time rate of the generated firehose when sending as fast as possible.</summary>
    public const int MaxModeEventRate = 150_000;

    public int EventRate => Rate ?? MaxModeEventRate;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int NextInt() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--rate" => Next() is var r && r == "max" ? options with { Rate = null } : options with { Rate = int.Parse(r, CultureInfo.InvariantCulture) },
                "--duration" => options with { DurationSeconds = NextInt() },
                "--brands" => options with { Brands = NextInt() },
                "--authors" => options with { Authors = NextInt() },
                "--json" => options with { JsonPath = Next() },
                "--url" => options with { Url = new Uri(Next()) },
                "--api-key" => options with { ApiKey = Next() },
                "--concurrency" => options with { Concurrency = NextInt() },
                "--batch" => options with { BatchLines = NextInt() },
                "--seed" => options with { Seed = ulong.Parse(Next(), CultureInfo.InvariantCulture) },
                "--partitions" => options with { Partitions = NextInt() },
                "--baseline-seconds" => options with { BaselineSeconds = NextInt() },
                "--warmup" => options with { WarmupSeconds = NextInt() },
                "--live-authors" => options with { LiveAuthors = NextInt() },
                "--postgres" => options with { Postgres = Next() },
                "--checkpoint-seconds" => options with { CheckpointSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--customer-idle-minutes" => options with { CustomerIdleMinutes = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--trim-above-mb" => options with { TrimAboveMegabytes = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--max-in-flight" => options with { MaxInFlight = long.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }
}
