using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Streams.Benchmarks.Load;

/// <summary>What a load run measured; written as a table and as JSON.</summary>
public sealed record LoadReport(
    string Mode,
    int DurationSeconds,
    int WarmupSeconds,
    int Brands,
    int Authors,
    long Accepted,
    long Processed,
    long Rejected,
    long Lost,
    long Throttled,
    double EventsPerSecond,
    double ProcessedPerSecond,
    double SendSeconds,
    double DrainSeconds,
    int Escalations,
    long FeedDropped,
    double? P50EscalationLatencyMs,
    double? P99EscalationLatencyMs,
    double? MaxEscalationLatencyMs,
    long? PeakMemoryBytes,
    double? GcPauseShare,
    double BaselineEventsPerSecond,
    double RatioToBaseline,
    IReadOnlyList<LatencyWindow> LatencyWindows,
    string Machine,
    DateTime RanAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToTable()
    {
        var inv = CultureInfo.InvariantCulture;
        string Ms(double? v) => v is { } x ? x.ToString("0", inv) + " ms" : "n/a";
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"Streams load run ({Mode}, {DurationSeconds} s, {Brands:N0} brands, {Authors:N0} authors) on {Machine}, {RanAt:u}");
        if (WarmupSeconds > 0)
        {
            sb.AppendLine(inv, $"  measured after      {WarmupSeconds,14} s of warm-up at the same rate (left out of every figure but peak memory)");
        }
        sb.AppendLine(inv, $"  accepted            {Accepted,14:N0} events  {EventsPerSecond,10:N0} events/s (over {SendSeconds:0.0} s of sending)");
        sb.AppendLine(inv, $"  processed           {Processed,14:N0} events  {ProcessedPerSecond,10:N0} events/s (drained {DrainSeconds:0.0} s after sending)");
        sb.AppendLine(inv, $"  rejected / lost     {Rejected,14:N0} / {Lost:N0}   (503s waited out: {Throttled:N0})");
        sb.AppendLine(inv, $"  escalations         {Escalations,14:N0}         ingest→readable p50 {Ms(P50EscalationLatencyMs)}, p99 {Ms(P99EscalationLatencyMs)}, max {Ms(MaxEscalationLatencyMs)}");
        if (FeedDropped > 0)
        {
            sb.AppendLine(inv, $"  feed dropped        {FeedDropped,14:N0}         (this reader fell behind the live feed: its first sight of those escalations came late or never)");
        }
        if (LatencyWindows.Count > 1)
        {
            sb.Append("  by when sent        ");
            sb.AppendJoin("  ", LatencyWindows.Select(w => string.Create(inv, $"{w.FromSecond}s: p99 {w.P99Ms:0}")));
            sb.AppendLine(" ms");
        }
        sb.AppendLine(inv, $"  peak memory         {(PeakMemoryBytes is { } m ? (m / 1024d / 1024 / 1024).ToString("0.00", inv) + " GiB" : "n/a (remote silo)")}");
        sb.AppendLine(inv, $"  GC pause share      {(GcPauseShare is { } g ? g.ToString("P1", inv) : "n/a")}");
        sb.AppendLine(inv, $"  baseline (no actors){BaselineEventsPerSecond,14:N0} events/s   Streams / baseline = {RatioToBaseline:0.00}");
        return sb.ToString();
    }
}
