using Xunit;
using System.Text;
using Streams.Client.Http;
using Streams.Client.Ingest;

namespace Streams.UnitTests.Client;

public sealed class IngestBatchTests
{
    [Fact]
    public void Request_line_numbers_map_back_to_source_lines()
    {
        var builder = new IngestBatchBuilder(10);
        builder.AppendLine("a"u8, 7);
        builder.AppendLine("b"u8, 9);
        builder.AppendLine("c"u8, 15);
        var batch = builder.Build();

        Assert.Equal("a\nb\nc\n", Encoding.UTF8.GetString(batch.Body.Span));
        Assert.Equal(7, batch.MapToSourceLine(1));
        Assert.Equal(15, batch.MapToSourceLine(3));
        Assert.Equal(-1, batch.MapToSourceLine(0));
        Assert.Equal(-1, batch.MapToSourceLine(4));
        Assert.Equal(0, builder.LineCount);
        batch.Release();
    }

    [Fact]
    public void The_tally_keeps_the_first_twenty_rejections_with_their_file_lines()
    {
        var tally = new IngestTally();
        var first = IngestBatch.FromLines(["x", "y", "z"], [101, 102, 105]);
        tally.Record(first, new IngestResponse(1, [new IngestRejection(2, "bad kind"), new IngestRejection(3, "no author")]));
        var second = IngestBatch.FromLines(Enumerable.Repeat("q", 30), Enumerable.Range(200, 30).Select(i => (long)i));
        tally.Record(second, new IngestResponse(0, Enumerable.Range(1, 30).Select(i => new IngestRejection(i, "e" + i)).ToList()));

        Assert.Equal(33, tally.Sent);
        Assert.Equal(1, tally.Accepted);
        Assert.Equal(32, tally.Rejected);
        Assert.Equal(2, tally.Requests);
        var kept = tally.FirstRejections;
        Assert.Equal(20, kept.Count);
        Assert.Equal(new RejectedLine(102, "bad kind"), kept[0]);
        Assert.Equal(new RejectedLine(105, "no author"), kept[1]);
        Assert.Equal(new RejectedLine(200, "e1"), kept[2]);
        Assert.Equal(new RejectedLine(217, "e18"), kept[19]);
    }

    [Fact]
    public void Parses_the_ingest_answer()
    {
        var response = IngestResponse.Parse("{\"accepted\":3,\"rejected\":[{\"line\":2,\"error\":\"missing author\"}]}"u8);
        Assert.Equal(3, response.Accepted);
        Assert.Equal(new IngestRejection(2, "missing author"), Assert.Single(response.Rejected));
    }

    [Fact]
    public void The_builder_reports_full_at_its_line_limit_and_refuses_to_overflow_bytes()
    {
        var builder = new IngestBatchBuilder(2);
        builder.AppendLine("a"u8, 1);
        Assert.False(builder.IsFull);
        builder.AppendLine("b"u8, 2);
        Assert.True(builder.IsFull);
        Assert.False(new IngestBatchBuilder(10).WouldOverflow(IngestBatchBuilder.MaxBytesPerRequest + 10)); // an empty batch takes any line
        var almostFull = new IngestBatchBuilder(10);
        almostFull.AppendLine(new byte[IngestBatchBuilder.MaxBytesPerRequest - 100], 1);
        Assert.True(almostFull.WouldOverflow(200));
        Assert.False(almostFull.WouldOverflow(50));
    }
}
