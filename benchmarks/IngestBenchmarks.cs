using System.Text;
using BenchmarkDotNet.Attributes;
using Streams.Abstractions.Events;
using Streams.Domain.Ingest;

namespace Streams.Benchmarks;

/// <summary>One firehose line to one MentionEvent: the per-event cost of the ingest endpoint.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private static readonly byte[] PostLine = Encoding.UTF8.GetBytes(
        """{"kind":"post","id":"1597834512093847552","platform":"twitter","createdAt":"2026-11-22T10:14:07Z","author":{"id":"2984756123","handle":"@jeanne_dupont","followers":1834,"verified":false},"text":"@AirFranceFR vol AF1234 annul\u00e9 sans pr\u00e9venir, 3h d'attente au guichet et personne pour nous r\u00e9pondre. Inadmissible ! #AirFrance #CDG","lang":"fr","inReplyTo":null,"quoteOf":null,"region":"FR"}""");

    private static readonly byte[] RepostLine = Encoding.UTF8.GetBytes(
        """{"kind":"repost","id":"1597834899912345678","postId":"1597834512093847552","platform":"twitter","createdAt":"2026-11-22T10:21:43+01:00","author":{"id":"118273645","handle":"marc_l","followers":22931,"verified":true}}""");

    private static readonly byte[] LikeLine = Encoding.UTF8.GetBytes(
        """{"kind":"like","postId":"1597834512093847552","createdAt":"2026-11-22T10:22:01Z","author":{"id":"73645118"}}""");

    private readonly byte[] _batch = BuildBatch();

    [Benchmark]
    public MentionEvent? Post() => Parse(PostLine);

    [Benchmark]
    public MentionEvent? Repost() => Parse(RepostLine);

    [Benchmark]
    public MentionEvent? Like() => Parse(LikeLine);

    /// <summary>1,000 lines (60% posts, 25% reposts, 15% likes) through the whole reader; divide by 1,000 per line.</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public Task<IngestParseResult> Batch1000() =>
        NdjsonIngestReader.ReadAsync(new MemoryStream(_batch, writable: false), IngestLimits.Default, CancellationToken.None);

    private static MentionEvent? Parse(byte[] line)
    {
        MentionEventParser.TryParse(line, IngestLimits.Default, out var mention, out _);
        return mention;
    }

    private static byte[] BuildBatch()
    {
        var stream = new MemoryStream();
        for (var i = 0; i < 1_000; i++)
        {
            var line = (i % 20) switch { < 12 => PostLine, < 17 => RepostLine, _ => LikeLine };
            stream.Write(line);
            stream.WriteByte((byte)'\n');
        }
        return stream.ToArray();
    }
}
