using System.Diagnostics;
using Streams.Client.Generation;
using Streams.Client.Http;
using Streams.Silo.Demo;

namespace Streams.Benchmarks.Load;

/// <summary>
/// The end-to-end load run: start (or target) a silo, register the generated brands, drive the
/// generator through the HTTP ingest path for the duration, wait for the pipeline to drain, then
/// measure the no-actor baseline on the same firehose and report.
/// </summary>
public static class LoadCommand
{
    private const int LatencyWindowSeconds = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        if (options.LiveAuthors is { } authors)
        {
            return await LiveAuthorsRun.RunAsync(options, authors);
        }
        var start = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
        // Max mode does not know how many events it will send: give the generator room for 3x the event rate.
        var generatorOptions = new FirehoseOptions
        {
            Rate = options.EventRate,
            DurationSeconds = (options.WarmupSeconds + options.DurationSeconds) * (options.Rate is null ? 3 : 1),
            Brands = options.Brands,
            Authors = options.Authors,
            Seed = options.Seed,
            Start = start,
        };
        var generator = new FirehoseGenerator(generatorOptions);
        var brandConfigs = generator.Brands.Select(GeneratedBrands.ToConfig).ToArray();

        Console.Error.WriteLine($"starting {(options.Url is null ? "an in-process silo" : options.Url.ToString())} ...");
        await using var target = await LoadTarget.StartAsync(options);
        using var api = new StreamsApiClient(target.Url, target.ApiKey);
        var registering = Stopwatch.StartNew();
        await api.PostBrandsAsync(generator.Brands, CancellationToken.None);
        Console.Error.WriteLine($"registered {generator.Brands.Count} brands in {registering.Elapsed.TotalSeconds:0.0} s");

        await using var watcher = EscalationWatcher.Start(api);
        await Task.Delay(500);
        var sender = new LoadSender(options, api, generator);
        var sendingStarted = Stopwatch.GetTimestamp();
        var run = sender.RunAsync(TimeSpan.FromSeconds(options.WarmupSeconds + options.DurationSeconds), Console.Error.WriteLine, CancellationToken.None);
        // What counts starts here: requests sent from now on, the GC's pauses and the events processed after now.
        var measured = await MarkAsync(api, sendingStarted, TimeSpan.FromSeconds(options.WarmupSeconds));
        try
        {
            await run;
        }
        catch (TimeoutException stalled)
        {
            Console.Error.WriteLine($"load run failed: {stalled.Message}");
            return 1;
        }
        var sending = Stopwatch.GetElapsedTime(measured.Timestamp);

        var drain = Stopwatch.StartNew();
        var (accepted, processed) = await WaitForDrainAsync(api, TimeSpan.FromSeconds(120));
        var drained = drain.Elapsed;
        var gcPause = GC.GetTotalPauseDuration() - measured.GcPause;
        await Task.Delay(1000); // let the last escalations reach the feed
        var requests = sender.Requests.Where(r => r.SentAt >= measured.Timestamp).ToArray();
        var timed = TimedLatencies(watcher, requests, start, options.EventRate);
        var latencies = timed.Select(t => t.LatencyMs).Order().ToArray();
        long? peakMemory = target.InProcess ? Process.GetCurrentProcess().PeakWorkingSet64 : null;

        Console.Error.WriteLine("measuring the no-actor baseline ...");
        var baselineEvents = Math.Min((long)options.BaselineSeconds * options.EventRate, 1_500_000);
        var baseline = BaselineRun.EventsPerSecond(generatorOptions, brandConfigs, options.Partitions ?? 8, baselineEvents);

        var measuredAccepted = requests.Sum(r => r.Accepted);
        var eventsPerSecond = measuredAccepted / sending.TotalSeconds;
        var report = new LoadReport(
            (options.Rate is { } r ? $"rate {r:N0}/s" : "max") + (options.Postgres is null ? "" : ", postgres storage"),
            options.DurationSeconds,
            options.WarmupSeconds,
            options.Brands,
            options.Authors,
            measuredAccepted,
            processed - measured.Processed,
            sender.Rejected,
            Math.Max(0, accepted - processed),
            api.ThrottledResponses,
            eventsPerSecond,
            (processed - measured.Processed) / (sending + drained).TotalSeconds,
            sending.TotalSeconds,
            drained.TotalSeconds,
            latencies.Length,
            watcher.Dropped,
            Percentile(latencies, 0.5),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? null : latencies[^1],
            peakMemory,
            target.InProcess ? gcPause / (sending + drained) : null,
            baseline,
            eventsPerSecond / baseline,
            Windows(timed, LatencyWindowSeconds),
            $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, .NET {Environment.Version}",
            DateTime.UtcNow);
        Console.WriteLine(report.ToTable());
        if (options.JsonPath is { } path)
        {
            await File.WriteAllTextAsync(path, report.ToJson());
            Console.Error.WriteLine($"wrote {path}");
        }
        return report.Lost == 0 ? 0 : 1;
    }

    /// <summary>
    /// Waits out the warm-up, then notes the moment, the GC's pause total and the events processed so far, from
    /// which the measured part of the run is counted. Without warm-up, the moment sending started.
    /// </summary>
    private static async Task<(long Timestamp, TimeSpan GcPause, long Processed)> MarkAsync(StreamsApiClient api, long sendingStarted, TimeSpan warmup)
    {
        if (warmup <= TimeSpan.Zero)
        {
            return (sendingStarted, GC.GetTotalPauseDuration(), 0);
        }
        await Task.Delay(warmup);
        var timestamp = Stopwatch.GetTimestamp();
        var gcPause = GC.GetTotalPauseDuration();
        using var status = await api.GetJsonAsync("api/status", CancellationToken.None);
        return (timestamp, gcPause, status.RootElement.GetProperty("processed").GetInt64());
    }

    /// <summary>Polls /api/status until everything accepted is applied (or the timeout passes).</summary>
    private static async Task<(long Accepted, long Processed)> WaitForDrainAsync(StreamsApiClient api, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var status = await api.GetJsonAsync("api/status", CancellationToken.None);
            var accepted = status.RootElement.GetProperty("accepted").GetInt64();
            var processed = status.RootElement.GetProperty("processed").GetInt64();
            if (processed >= accepted || deadline.Elapsed > timeout)
            {
                return (accepted, processed);
            }
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// For each escalation seen on the feed: from the moment the request carrying the event that
    /// triggered it (the event whose createdAt is the escalation's raisedAt) was sent, to the moment
    /// the escalation was readable on the feed, in milliseconds; with when that request was sent,
    /// in seconds after the first measured request.
    /// </summary>
    private static List<(double SentSecond, double LatencyMs)> TimedLatencies(EscalationWatcher watcher, IReadOnlyList<SentRequest> requests, DateTime start, int eventRate)
    {
        var firsts = requests.Select(r => r.FirstEvent).ToArray();
        var latencies = new List<(double, double)>();
        foreach (var (raisedAt, seenAt) in watcher.FirstSeen.Values)
        {
            var index = (long)Math.Round((raisedAt - start).Ticks * (double)eventRate / TimeSpan.TicksPerSecond);
            var at = Array.BinarySearch(firsts, index);
            at = at >= 0 ? at : ~at - 1;
            if (at < 0 || index >= requests[at].FirstEvent + requests[at].Count)
            {
                continue;
            }
            latencies.Add((
                Stopwatch.GetElapsedTime(requests[0].SentAt, requests[at].SentAt).TotalSeconds,
                Stopwatch.GetElapsedTime(requests[at].SentAt, seenAt).TotalMilliseconds));
        }
        return latencies;
    }

    /// <summary>The latencies cut into consecutive slices of the run by when their triggering event was sent.</summary>
    private static LatencyWindow[] Windows(List<(double SentSecond, double LatencyMs)> timed, int seconds) =>
        [.. timed
            .GroupBy(t => (int)(t.SentSecond / seconds) * seconds)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var sorted = g.Select(t => t.LatencyMs).Order().ToArray();
                return new LatencyWindow(g.Key, sorted.Length, Percentile(sorted, 0.5)!.Value, Percentile(sorted, 0.99)!.Value, sorted[^1]);
            })];

    private static double? Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
