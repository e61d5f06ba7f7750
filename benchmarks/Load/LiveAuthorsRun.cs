using System.Diagnostics;
using System.Globalization;
using System.Text;
using Streams.Client.Http;

namespace Streams.Benchmarks.Load;

/// <summary>
/// <c>load --live-authors N</c>: the memory of N live authors. A Zipf firehose needs tens of millions of
/// events before a million different authors have posted, so this sends N complaints from N
/// different authors about a handful of brands through the HTTP ingest path, waits until they are
/// applied (every author now has a live customer grain), forces a full collection and reports the
/// process's memory.
/// </summary>
public static class LiveAuthorsRun
{
    private const int Brands = 10;

    public static async Task<int> RunAsync(LoadOptions options, int authors)
    {
        const int SettleSeconds = 20;
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
                body.Append(CultureInfo.InvariantCulture,
                    $$"""{"kind":"post","id":"m{{i}}","platform":"twitter","createdAt":"{{at}}","author":{"id":"a{{i}}","handle":"user{{i}}","followers":{{(i * 7919) % 50_000}}},"text":"@Memco{{i % Brands}}Care my order {{i}} never arrived, still waiting for a refund"}""").Append('\n');
            }
            await api.IngestAsync(Encoding.UTF8.GetBytes(body.ToString()), CancellationToken.None);
            sent = end;
            if (sent % 100_000 == 0)
            {
                Console.Error.WriteLine($"{sent:N0} authors sent ({sent / clock.Elapsed.TotalSeconds:N0}/s)");
            }
        }
        while (true)
        {
            using var status = await api.GetJsonAsync("api/status", CancellationToken.None);
            if (status.RootElement.GetProperty("settled").GetBoolean())
            {
                break;
            }
            await Task.Delay(200);
        }
        var elapsed = clock.Elapsed;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        // The GC returns free regions to the OS gradually, not at the collection: measure the
        // settled process, as it is after a quiet moment, rather than right after the burst.
        await Task.Delay(TimeSpan.FromSeconds(SettleSeconds));
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var after = Snapshot();
        var gc = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var perAuthor = (after.Heap - before.Heap) / (double)authors;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{authors:N0} live authors (one complaint each, {Brands} brands) applied in {elapsed.TotalSeconds:0.0} s: " +
            $"managed heap {after.Heap / 1048576.0:N0} MiB (+{perAuthor:N0} B per author, post state included), " +
            $"working set {after.WorkingSet / 1073741824.0:0.00} GiB, peak working set {after.Peak / 1073741824.0:0.00} GiB; " +
            $"GC committed {gc.TotalCommittedBytes / 1073741824.0:0.00} GiB, fragmented {gc.FragmentedBytes / 1048576.0:N0} MiB"));
        return 0;
    }

    private static (long Heap, long WorkingSet, long Peak) Snapshot()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64, process.PeakWorkingSet64);
    }
}
