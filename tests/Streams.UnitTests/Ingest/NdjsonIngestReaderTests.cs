using System.IO.Pipelines;
using System.Text;
using Streams.Abstractions.Events;
using Streams.Domain.Ingest;
using Xunit;

namespace Streams.UnitTests.Ingest;

public sealed class NdjsonIngestReaderTests
{
    private static string Like(int n) =>
        $$$"""{"kind":"like","postId":"p{{{n}}}","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u{{{n}}}"}}""";

    private static string Post(int n, string text = "bonjour") =>
        $$"""{"kind":"post","id":"p{{n}}","platform":"twitter","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u{{n}}"},"text":"{{text}}"}""";

    private static Task<IngestParseResult> Read(string body, IngestLimits? limits = null) =>
        NdjsonIngestReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(body)), limits ?? IngestLimits.Default, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Lines_are_accepted_in_order()
    {
        var result = await Read(Post(1) + "\n" + Like(2) + "\n" + Post(3) + "\n");

        Assert.Equal(["p1", "p2", "p3"], result.Accepted.Select(m => m.PostId));
        Assert.Empty(result.Rejected);
        Assert.Equal(3, result.LineCount);
        Assert.False(result.BodyTooLarge);
    }

    [Fact]
    public async Task Line_numbers_count_blank_lines()
    {
        var result = await Read("\n" + Post(1) + "\n   \n\t\nnot json\n\n" + Like(2) + "\n{\"kind\":\"x\"}\n");

        Assert.Equal(["p1", "p2"], result.Accepted.Select(m => m.PostId));
        Assert.Equal([5, 8], result.Rejected.Select(r => r.Line));
        Assert.StartsWith("invalid JSON", result.Rejected[0].Error, StringComparison.Ordinal);
        Assert.Equal("kind must be one of post, repost, like (got 'x')", result.Rejected[1].Error);
        Assert.Equal(8, result.LineCount);
    }

    [Fact]
    public async Task Crlf_line_endings_are_accepted()
    {
        var result = await Read(Post(1, "a") + "\r\n\r\n" + Like(2) + "\r\nbad\r\n");

        Assert.Equal(2, result.Accepted.Count);
        Assert.Equal("a", result.Accepted[0].Text);
        Assert.Equal(4, Assert.Single(result.Rejected).Line);
        Assert.Equal(4, result.LineCount);
    }

    [Fact]
    public async Task Final_line_without_newline_counts()
    {
        var result = await Read(Post(1) + "\n" + Like(2));
        Assert.Equal(2, result.Accepted.Count);
        Assert.Equal(2, result.LineCount);

        var rejected = await Read(Post(1) + "\nbad");
        Assert.Equal(2, Assert.Single(rejected.Rejected).Line);
    }

    [Fact]
    public async Task Empty_body_has_no_lines()
    {
        var result = await Read("");
        Assert.Equal(0, result.LineCount);
        Assert.Empty(result.Accepted);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public async Task Over_long_line_is_rejected_and_the_next_line_still_read()
    {
        var limits = IngestLimits.Default with { MaxLineBytes = 200 };
        var longLine = Post(2, new string('x', 1000));
        var result = await Read(Post(1) + "\n" + longLine + "\n" + Like(3) + "\n", limits);

        Assert.Equal(["p1", "p3"], result.Accepted.Select(m => m.PostId));
        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(new LineRejection(2, "line is longer than 200 bytes"), rejection);
        Assert.Equal(3, result.LineCount);
    }

    [Fact]
    public async Task Over_long_line_far_longer_than_the_buffer_is_skipped()
    {
        // Much longer than the read buffer: the reader must discard it as it streams, not hold it.
        var limits = IngestLimits.Default with { MaxLineBytes = 100 };
        var result = await Read(Like(1) + "\n" + new string('y', 500_000) + "\n" + Like(3), limits);

        Assert.Equal(["p1", "p3"], result.Accepted.Select(m => m.PostId));
        Assert.Equal(new LineRejection(2, "line is longer than 100 bytes"), Assert.Single(result.Rejected));
        Assert.Equal(3, result.LineCount);
    }

    [Fact]
    public async Task Over_long_final_line_without_newline_is_rejected_once()
    {
        var limits = IngestLimits.Default with { MaxLineBytes = 100 };
        var result = await Read(Like(1) + "\n" + new string('y', 5000), limits);

        Assert.Equal(new LineRejection(2, "line is longer than 100 bytes"), Assert.Single(result.Rejected));
        Assert.Equal(2, result.LineCount);
    }

    [Fact]
    public async Task Line_exactly_at_the_limit_is_read_even_with_crlf()
    {
        var line = Like(1);
        var limits = IngestLimits.Default with { MaxLineBytes = Encoding.UTF8.GetByteCount(line) };

        var result = await Read(line + "\r\n" + line + "\n" + line, limits);
        Assert.Equal(3, result.Accepted.Count);

        var tooLong = await Read(line + " \n", limits);
        Assert.Equal(new LineRejection(1, $"line is longer than {limits.MaxLineBytes} bytes"), Assert.Single(tooLong.Rejected));
    }

    [Fact]
    public async Task Body_too_large_accepts_nothing()
    {
        var body = string.Join("\n", Enumerable.Range(0, 100).Select(Like));
        var limits = IngestLimits.Default with { MaxBodyBytes = body.Length / 2 };
        var result = await Read(body, limits);

        Assert.True(result.BodyTooLarge);
        Assert.Empty(result.Accepted);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public async Task Body_exactly_at_the_limit_is_read()
    {
        var body = Like(1) + "\n" + Like(2) + "\n";
        var result = await Read(body, IngestLimits.Default with { MaxBodyBytes = Encoding.UTF8.GetByteCount(body) });
        Assert.False(result.BodyTooLarge);
        Assert.Equal(2, result.Accepted.Count);
    }

    [Fact]
    public async Task Body_too_large_stops_reading_early()
    {
        var data = Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 10_000).Select(Like)));
        var stream = new TrickleStream(data, seed: 1);
        var result = await NdjsonIngestReader.ReadAsync(stream, IngestLimits.Default with { MaxBodyBytes = 1000 }, TestContext.Current.CancellationToken);

        Assert.True(result.BodyTooLarge);
        Assert.True(stream.Position < 1100, $"read {stream.Position} bytes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Lines_split_across_tiny_reads_are_reassembled(int seed)
    {
        var expected = new List<(int Line, string PostId)>();
        var sb = new StringBuilder();
        var random = new Random(seed);
        var line = 0;
        for (var i = 0; i < 2000; i++)
        {
            line++;
            switch (random.Next(6))
            {
                case 0:
                    sb.Append("   ");
                    break;
                case 1:
                    sb.Append("{\"kind\":");
                    break;
                default:
                    // Multi-byte characters so UTF-8 sequences get cut between reads too.
                    sb.Append(Post(i, "Société Générale 😡 é\\u00e9"));
                    expected.Add((line, "p" + i));
                    break;
            }
            sb.Append(random.Next(2) == 0 ? "\n" : "\r\n");
        }
        var stream = new TrickleStream(Encoding.UTF8.GetBytes(sb.ToString()), seed);

        var result = await NdjsonIngestReader.ReadAsync(stream, IngestLimits.Default with { MaxLineBytes = 300 }, TestContext.Current.CancellationToken);

        Assert.Equal(expected.Select(e => e.PostId), result.Accepted.Select(m => m.PostId));
        Assert.All(result.Accepted, m => Assert.Equal("Société Générale 😡 éé", m.Text));
        Assert.Equal(2000, result.LineCount);
        Assert.All(result.Rejected, r => Assert.StartsWith("invalid JSON", r.Error, StringComparison.Ordinal));
        Assert.Equal(2000 - expected.Count, result.Rejected.Count + CountBlank(sb.ToString()));
        Assert.True(stream.Reads > 2000);
    }

    [Fact]
    public async Task Pipe_reader_gives_the_same_result_as_a_stream()
    {
        var limits = IngestLimits.Default with { MaxLineBytes = 150 };
        var body = Post(1) + "\r\n\n" + Post(2, new string('z', 400)) + "\nbad\n" + Like(3);
        var data = Encoding.UTF8.GetBytes(body);
        var pipe = new Pipe();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < data.Length; i += 5)
            {
                await pipe.Writer.WriteAsync(data.AsMemory(i, Math.Min(5, data.Length - i)));
            }
            await pipe.Writer.CompleteAsync();
        }, TestContext.Current.CancellationToken);

        var fromPipe = await NdjsonIngestReader.ReadAsync(pipe.Reader, limits, TestContext.Current.CancellationToken);
        await writer;
        var fromStream = await Read(body, limits);

        Assert.Equal(fromStream.Accepted, fromPipe.Accepted);
        Assert.Equal(fromStream.Rejected, fromPipe.Rejected);
        Assert.Equal(5, fromPipe.LineCount);
        Assert.Equal([3, 4], fromPipe.Rejected.Select(r => r.Line));
    }

    [Fact]
    public async Task Pipe_reader_body_too_large_accepts_nothing()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Like(1) + "\n" + Like(2) + "\n"), TestContext.Current.CancellationToken);
        await pipe.Writer.CompleteAsync();

        var result = await NdjsonIngestReader.ReadAsync(pipe.Reader, IngestLimits.Default with { MaxBodyBytes = 50 }, TestContext.Current.CancellationToken);
        Assert.True(result.BodyTooLarge);
        Assert.Empty(result.Accepted);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var pipe = new Pipe();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NdjsonIngestReader.ReadAsync(pipe.Reader, IngestLimits.Default, cts.Token));
    }

    [Fact]
    public async Task Cancelled_pipe_read_is_not_taken_for_the_end_of_the_body()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Like(1) + "\n"), TestContext.Current.CancellationToken);
        pipe.Reader.CancelPendingRead();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NdjsonIngestReader.ReadAsync(pipe.Reader, IngestLimits.Default, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Events_keep_their_platform()
    {
        var result = await Read(Post(1).Replace("twitter", "reddit", StringComparison.Ordinal));
        Assert.Equal(Platform.Reddit, Assert.Single(result.Accepted).Platform);
    }

    private static int CountBlank(string body) =>
        body.Split('\n').Count(l => l.Trim().Length == 0) - (body.EndsWith('\n') ? 1 : 0);
}
