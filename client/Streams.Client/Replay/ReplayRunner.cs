using Streams.Client.Ingest;
using Streams.Client.Timing;

namespace Streams.Client.Replay;

/// <summary>
/// Paces and batches replayed events. In paced mode an event is due at
/// start + (its event time - the first event's time) / speed; event time never goes backwards
/// (an out-of-order line is sent at once rather than making the replay wait for the past),
/// and a line never waits longer than the flush interval in a partly filled batch.
/// </summary>
public sealed class ReplayRunner(IIngestSink sink, IPacingClock clock, ReplayOptions options)
{
    /// <summary>Shorter waits are skipped: timers cannot honour them and the next event catches up.</summary>
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

    /// <summary>Sends every record; returns how many lines were submitted.</summary>
    public async Task<long> RunAsync(IEnumerable<ReplayRecord> records, CancellationToken cancellationToken)
    {
        var builder = new IngestBatchBuilder(options.BatchSize);
        bool paced = options.Speed is > 0;
        double speed = options.Speed ?? 0;
        DateTime? firstEventTime = null;
        TimeSpan start = TimeSpan.Zero;
        TimeSpan latestEventOffset = TimeSpan.Zero;
        TimeSpan pendingSince = TimeSpan.Zero;
        long submitted = 0;

        async Task FlushAsync()
        {
            if (builder.LineCount == 0)
            {
                return;
            }
            submitted += builder.LineCount;
            await sink.SubmitAsync(builder.Build(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (paced && record.CreatedAt is { } createdAt)
            {
                if (firstEventTime is null)
                {
                    firstEventTime = createdAt;
                    start = clock.Elapsed;
                }
                var offset = createdAt - firstEventTime.Value;
                if (offset > latestEventOffset)
                {
                    latestEventOffset = offset;
                }
                var due = start + latestEventOffset / speed;
                var wait = due - clock.Elapsed;
                if (wait >= MinimumWait)
                {
                    if (builder.LineCount > 0 && clock.Elapsed + wait - pendingSince >= options.FlushInterval)
                    {
                        await FlushAsync().ConfigureAwait(false);
                    }
                    await clock.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
                }
            }
            if (builder.WouldOverflow(record.Utf8Json.Length))
            {
                await FlushAsync().ConfigureAwait(false);
            }
            if (builder.LineCount == 0)
            {
                pendingSince = clock.Elapsed;
            }
            builder.AppendLine(record.Utf8Json, record.SourceLine);
            if (builder.IsFull || (paced && clock.Elapsed - pendingSince >= options.FlushInterval))
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }
        await FlushAsync().ConfigureAwait(false);
        await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        return submitted;
    }
}
