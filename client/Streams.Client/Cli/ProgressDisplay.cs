using System.Diagnostics;
using System.Globalization;
using Streams.Client.Http;
using Streams.Client.Ingest;

namespace Streams.Client.Cli;

/// <summary>
/// A progress line on stderr (stdout stays clean for piping): redrawn in place on a terminal,
/// one line every few seconds when stderr is redirected.
/// </summary>
public sealed class ProgressDisplay : IAsyncDisposable
{
    private readonly IngestTally _tally;
    private readonly StreamsApiClient _api;
    private readonly long _total;
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly bool _interactive = !Console.IsErrorRedirected;

    public ProgressDisplay(IngestTally tally, StreamsApiClient api, long total)
    {
        _tally = tally;
        _api = api;
        _total = total;
        _loop = RunAsync();
    }

    public TimeSpan Elapsed => _stopwatch.Elapsed;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the normal end of the loop.
        }
        Draw();
        if (_interactive)
        {
            Console.Error.WriteLine();
        }
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var interval = _interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5);
        while (!_stop.IsCancellationRequested)
        {
            await Task.Delay(interval, _stop.Token).ConfigureAwait(false);
            Draw();
        }
    }

    private void Draw()
    {
        long sent = _tally.Sent;
        double seconds = Math.Max(_stopwatch.Elapsed.TotalSeconds, 0.001);
        string bar = "";
        if (_total > 0)
        {
            const int width = 24;
            int filled = (int)Math.Clamp(sent * width / _total, 0, width);
            bar = "[" + new string('#', filled) + new string('.', width - filled) + "] ";
        }
        string line = string.Create(CultureInfo.InvariantCulture,
            $"{bar}sent {sent:N0}{(_total > 0 ? $"/{_total:N0}" : "")}  {sent / seconds:N0} ev/s  accepted {_tally.Accepted:N0}  rejected {_tally.Rejected:N0}  throttled {_api.ThrottledResponses:N0}  {seconds:0.0}s");
        if (_interactive)
        {
            Console.Error.Write("\r" + line.PadRight(Math.Max(line.Length, 100)));
        }
        else
        {
            Console.Error.WriteLine(line);
        }
    }
}
