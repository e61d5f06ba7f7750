using System.Globalization;
using Streams.Client.Http;
using Streams.Client.Ingest;

namespace Streams.Client.Cli;

/// <summary>The end-of-run report of replay and generate.</summary>
public static class IngestSummary
{
    public static void Print(TextWriter output, IngestTally tally, StreamsApiClient api, TimeSpan elapsed, string sourceName)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sent {tally.Sent:N0} events in {seconds:0.0} s ({tally.Sent / seconds:N0} events/s) over {tally.Requests:N0} requests: accepted {tally.Accepted:N0}, rejected {tally.Rejected:N0}, back-pressure waits {api.ThrottledResponses:N0}"));
        var rejections = tally.FirstRejections;
        if (rejections.Count == 0)
        {
            return;
        }
        output.WriteLine($"first {rejections.Count} rejected {sourceName}s:");
        foreach (var rejection in rejections)
        {
            string where = rejection.SourceLine > 0 ? rejection.SourceLine.ToString(CultureInfo.InvariantCulture) : "?";
            output.WriteLine($"  {sourceName} {where}: {rejection.Error}");
        }
    }
}
