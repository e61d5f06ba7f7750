using Xunit;
using System.Text;
using Streams.Client.Replay;

namespace Streams.UnitTests.Client;

public sealed class ReplayRunnerTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Max_mode_sends_full_batches_without_waiting()
    {
        var clock = new FakePacingClock();
        var sink = new RecordingSink(clock);
        var records = Enumerable.Range(1, 5).Select(i => Record(i * 10, T0.AddHours(i))).ToList();

        long sent = await new ReplayRunner(sink, clock, new ReplayOptions(null, 2, ReplayOptions.DefaultFlushInterval)).RunAsync(records, CancellationToken.None);

        Assert.Equal(5, sent);
        Assert.Empty(clock.Delays);
        Assert.Equal([2, 2, 1], sink.Batches.Select(batch => batch.Lines.Length));
        Assert.Equal([10L, 20L], sink.Batches[0].SourceLines);
        Assert.Equal([50L], sink.Batches[2].SourceLines);
        Assert.True(sink.Flushed);
    }

    [Fact]
    public async Task Paced_mode_sends_each_event_at_its_event_time_divided_by_speed()
    {
        var clock = new FakePacingClock();
        var sink = new RecordingSink(clock);
        var records = new[]
        {
            Record(1, T0),
            Record(2, T0.AddSeconds(10)),
            Record(3, T0.AddSeconds(30)),
        };

        await new ReplayRunner(sink, clock, new ReplayOptions(10, 100, TimeSpan.FromMilliseconds(100))).RunAsync(records, CancellationToken.None);

        // 10x: gaps of 10 s and 20 s of event time become 1 s and 2 s.
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], clock.Delays);
        Assert.Equal(3, sink.Batches.Count);
        Assert.Equal(TimeSpan.Zero, sink.Batches[0].At);
        Assert.Equal(TimeSpan.FromSeconds(1), sink.Batches[1].At);
        Assert.Equal(TimeSpan.FromSeconds(3), sink.Batches[2].At);
    }

    [Fact]
    public async Task Paced_mode_never_waits_for_out_of_order_lines()
    {
        var clock = new FakePacingClock();
        var sink = new RecordingSink(clock);
        var records = new[]
        {
            Record(1, T0),
            Record(2, T0.AddSeconds(20)),
            Record(3, T0.AddSeconds(5)),   // earlier than the line before: sent right away
            Record(4, T0.AddSeconds(21)),
        };

        await new ReplayRunner(sink, clock, new ReplayOptions(1, 100, TimeSpan.FromMilliseconds(100))).RunAsync(records, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(1)], clock.Delays);
        var sendTimes = sink.Batches.SelectMany(batch => batch.SourceLines.Select(line => (line, batch.At))).ToDictionary(x => x.line, x => x.At);
        Assert.Equal(TimeSpan.FromSeconds(20), sendTimes[3]);
        Assert.Equal(TimeSpan.FromSeconds(21), sendTimes[4]);
    }

    [Fact]
    public async Task Paced_mode_groups_events_due_close_together_into_one_batch()
    {
        var clock = new FakePacingClock();
        var sink = new RecordingSink(clock);
        // 50 events 1 ms apart in event time, then one 10 s later.
        var records = Enumerable.Range(0, 50).Select(i => Record(i + 1, T0.AddMilliseconds(i)))
            .Append(Record(51, T0.AddSeconds(10)))
            .ToList();

        await new ReplayRunner(sink, clock, new ReplayOptions(1, 1_000, TimeSpan.FromMilliseconds(100))).RunAsync(records, CancellationToken.None);

        Assert.Equal(2, sink.Batches.Count);
        Assert.Equal(50, sink.Batches[0].Lines.Length);
        // The close group goes out before the long wait, not after it.
        Assert.True(sink.Batches[0].At < TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(10), sink.Batches[1].At);
    }

    [Fact]
    public async Task A_pending_batch_never_waits_longer_than_the_flush_interval()
    {
        var clock = new FakePacingClock();
        var sink = new RecordingSink(clock);
        // One event every 40 ms for 1 s: with a 100 ms flush interval no batch may hold a line longer than that.
        var records = Enumerable.Range(0, 25).Select(i => Record(i + 1, T0.AddMilliseconds(40 * i))).ToList();

        await new ReplayRunner(sink, clock, new ReplayOptions(1, 1_000, TimeSpan.FromMilliseconds(100))).RunAsync(records, CancellationToken.None);

        Assert.Equal(25, sink.Batches.Sum(batch => batch.Lines.Length));
        foreach (var batch in sink.Batches)
        {
            var firstLineDue = TimeSpan.FromMilliseconds(40 * (batch.SourceLines[0] - 1));
            Assert.True(batch.At - firstLineDue <= TimeSpan.FromMilliseconds(100), $"batch starting at line {batch.SourceLines[0]} held {batch.At - firstLineDue}");
        }
        Assert.True(sink.Batches.Count < 25, "close events still share requests");
    }

    [Fact]
    public async Task Lines_without_created_at_are_sent_without_pacing()
    {
        var clock = new FakePacingClock();
        var sink = new RecordingSink(clock);
        var records = new[] { Record(1, T0), new ReplayRecord(2, null, Encoding.UTF8.GetBytes("not json")), Record(3, T0.AddSeconds(2)) };

        await new ReplayRunner(sink, clock, new ReplayOptions(2, 10, TimeSpan.FromMilliseconds(100))).RunAsync(records, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(1)], clock.Delays);
        Assert.Equal(3, sink.Batches.Sum(batch => batch.Lines.Length));
    }

    [Fact]
    public async Task Batches_stay_under_the_request_byte_limit()
    {
        var clock = new FakePacingClock();
        var sink = new RecordingSink(clock);
        var big = new string('x', 1_000_000);
        var records = Enumerable.Range(1, 9).Select(i => new ReplayRecord(i, null, Encoding.UTF8.GetBytes($"{{\"text\":\"{big}\"}}"))).ToList();

        await new ReplayRunner(sink, clock, new ReplayOptions(null, 5_000, ReplayOptions.DefaultFlushInterval)).RunAsync(records, CancellationToken.None);

        Assert.Equal(9, sink.Batches.Sum(batch => batch.Lines.Length));
        Assert.All(sink.Batches, batch => Assert.True(batch.Lines.Sum(line => line.Length + 1) <= 4 * 1024 * 1024));
        Assert.True(sink.Batches.Count >= 3);
    }

    [Fact]
    public void Ndjson_source_skips_blank_lines_but_keeps_file_line_numbers_and_reads_created_at()
    {
        const string text = "{\"kind\":\"post\",\"createdAt\":\"2026-01-01T12:00:05Z\",\"author\":{\"createdAt\":\"x\"}}\n\n   \n{\"kind\":\"like\",\"author\":{\"createdAt\":\"2020-01-01T00:00:00Z\"}}\nbroken {\n";
        var records = NdjsonReplaySource.Read(new StringReader(text)).ToList();
        Assert.Equal([1L, 4L, 5L], records.Select(record => record.SourceLine));
        Assert.Equal(T0.AddSeconds(5), records[0].CreatedAt);
        Assert.Null(records[1].CreatedAt); // only a top-level createdAt counts
        Assert.Null(records[2].CreatedAt);
    }

    private static ReplayRecord Record(long line, DateTime createdAt) =>
        new(line, createdAt, Encoding.UTF8.GetBytes($"{{\"kind\":\"like\",\"postId\":\"p\",\"createdAt\":\"{createdAt:O}\",\"author\":{{\"id\":\"u\"}}}}"));
}
