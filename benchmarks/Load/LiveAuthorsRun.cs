using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Streams.Client.Http;

namespace Streams.Benchmarks.Load;

/// <summary>
/// <c>load --live-authors N</c>: the memory of N live authors. A Zipf firehose needs tens of millions of
/// events before a million different authors have posted, so this sends N complaints from N
/// different authors about a handful of brands through the HTTP ingest path, checks that every one
/// was accepted, waits until they are applied, and measures the process twice: with every author's
/// customer grain activated, and once the idle customers have gone to sleep (their profiles kept
/// compressed in the silo's memory, <c>DormantCustomers</c>) and the silo, configured to stay under
/// 2,500 MB (<c>--trim-above-mb</c>), has given the freed memory back: that is how a silo holds
/// authors who posted and fell silent.
/// </summary>
public static class LiveAuthorsRun
{
    private const int Brands = 10;
    private const int SettleSeconds = 20;

    /// <summary>Customers idle this long sleep; Orleans collects idle activations once a minute on top of it.</summary>
    private const double IdleMinutes = 1.5;

    /// <summary>A silo meant to stay within 3 GB: the threshold above which it trims after customers fell asleep.</summary>
    private const long TrimAboveMegabytes = 2_500;

    private static readonly TimeSpan SleepTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan TrimDelay = TimeSpan.FromSeconds(150);

    public static async Task<int> RunAsync(LoadOptions options, int authors)
    {
        options = options with
        {
            CustomerIdleMinutes = options.CustomerIdleMinutes ?? IdleMinutes,
            TrimAboveMegabytes = options.TrimAboveMegabytes ?? TrimAboveMegabytes,
        };
        await using var target = await LoadTarget.StartAsync(options);
        using var api = new StreamsApiClient(target.Url, target.ApiKey);
        for (var b = 0; b < Brands; b++)
        {
            await api.PostJsonAsync("api/brands", Encoding.UTF8.GetBytes(
                $$"""{"id":"mem{{b}}","name":"Memco{{b}}","handles":["Memco{{b}}Care"]}"""), CancellationToken.None);
        }
        var before = Snapshot();
        var clock = Stopwatch.StartNew();
        var start = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
        var body = new StringBuilder(options.BatchLines * 220);
        for (var sent = 0; sent < authors;)
        {
            body.Clear();
            var end = Math.Min(authors, sent + options.BatchLines);
            for (var i = sent; i < end; i++)
            {
                var at = start.AddMilliseconds(i).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                // In long arithmetic: i * 7919 overflows an int past i = 271,170, and a negative
                // follower count is (rightly) rejected by ingest.
                var followers = (long)i * 7919 % 50_000;
                body.Append(CultureInfo.InvariantCulture,
                    $$"""{"kind":"post","id":"m{{i}}","platform":"twitter","createdAt":"{{at}}","author":{"id":"a{{i}}","handle":"user{{i}}","followers":{{followers}}},"text":"@Memco{{i % Brands}}Care my order {{i}} never arrived, still waiting for a refund"}""").Append('\n');
            }
            var response = await api.IngestAsync(Encoding.UTF8.GetBytes(body.ToString()), CancellationToken.None);
            // A memory figure is only worth something if every author is in it.
            if (response.Accepted != end - sent)
            {
                Console.Error.WriteLine($"ingest accepted {response.Accepted} of {end - sent} lines: {response.Rejected.FirstOrDefault()}");
                return 1;
            }
            sent = end;
            if (sent % 100_000 == 0)
            {
                Console.Error.WriteLine($"{sent:N0} authors sent ({sent / clock.Elapsed.TotalSeconds:N0}/s)");
            }
        }
        var status = await WaitForAsync(api, s => s.GetProperty("settled").GetBoolean(), TimeSpan.FromMinutes(10));
        var applied = clock.Elapsed;
        var accepted = status.GetProperty("accepted").GetInt64();
        var awake = await MeasureAsync(api, before, authors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{authors:N0} live authors (one complaint each, {Brands} brands; {accepted:N0} events accepted) applied in {applied.TotalSeconds:0.0} s"));
        Console.WriteLine($"  all activated:    {awake}");
        if (Dormant(status) is not null)
        {
            // Wait until (nearly) every customer is asleep: collection passes take them in bulk.
            await WaitForAsync(api, s => Dormant(s) >= authors * 0.99, SleepTimeout);
            // The silo trims once it sees a wave has ended (nobody new asleep for 20 s),
            // at most every two minutes: the last collection pass may wait that long for its trim.
            await Task.Delay(TrimDelay);
            var asleep = await MeasureAsync(api, before, authors);
            Console.WriteLine($"  idle ones asleep: {asleep}");
        }
        return 0;
    }

    private static async Task<string> MeasureAsync(StreamsApiClient api, (long Heap, long WorkingSet, long Peak) before, int authors)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        // The GC returns free regions to the OS gradually, not at the collection: measure the
        // settled process, as it is after a quiet moment, rather than right after the burst.
        await Task.Delay(TimeSpan.FromSeconds(SettleSeconds));
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var after = Snapshot();
        var gc = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        using var status = await api.GetJsonAsync("api/status", CancellationToken.None);
        var dormant = Dormant(status.RootElement) ?? 0;
        var perAuthor = (after.Heap - before.Heap) / (double)authors;
        return string.Create(CultureInfo.InvariantCulture,
            $"{dormant:N0} customers asleep; managed heap {after.Heap / 1048576.0:N0} MiB (+{perAuthor:N0} B per author, post state included), " +
            $"working set {after.WorkingSet / 1073741824.0:0.00} GiB ({after.WorkingSet / 1e9:0.00} GB), peak working set {after.Peak / 1073741824.0:0.00} GiB; " +
            $"GC committed {gc.TotalCommittedBytes / 1073741824.0:0.00} GiB, fragmented {gc.FragmentedBytes / 1048576.0:N0} MiB");
    }

    /// <summary>The silo's sleeping customers, or null when its customers cannot sleep (the field is then null).</summary>
    private static int? Dormant(JsonElement status) =>
        status.TryGetProperty("dormantCustomers", out var dormant) && dormant.ValueKind == JsonValueKind.Number ? dormant.GetInt32() : null;

    private static async Task<JsonElement> WaitForAsync(StreamsApiClient api, Func<JsonElement, bool> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var status = await api.GetJsonAsync("api/status", CancellationToken.None);
            if (done(status.RootElement))
            {
                return status.RootElement.Clone();
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"status did not reach the expected state in {timeout}: {status.RootElement.GetRawText()}");
            }
            await Task.Delay(500);
        }
    }

    private static (long Heap, long WorkingSet, long Peak) Snapshot()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64, process.PeakWorkingSet64);
    }
}
