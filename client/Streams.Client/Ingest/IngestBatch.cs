using System.Buffers;

namespace Streams.Client.Ingest;

/// <summary>
/// One POST /api/ingest body (NDJSON) plus, for each of its lines, where that line came from
/// (a file line number for replay, an event number for the generator), so the silo's
/// request-relative rejections can be reported against the source.
/// </summary>
public sealed class IngestBatch
{
    private byte[]? _buffer;

    internal IngestBatch(byte[] buffer, int length, long[] sourceLines, bool pooled)
    {
        _buffer = buffer;
        Length = length;
        SourceLines = sourceLines;
        Pooled = pooled;
    }

    public int Length { get; }

    public IReadOnlyList<long> SourceLines { get; }

    public int LineCount => SourceLines.Count;

    public ReadOnlyMemory<byte> Body => _buffer is null
        ? throw new ObjectDisposedException(nameof(IngestBatch))
        : _buffer.AsMemory(0, Length);

    private bool Pooled { get; }

    public static IngestBatch FromLines(IEnumerable<string> lines, IEnumerable<long> sourceLines)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line + "\n")));
        return new IngestBatch(body, body.Length, sourceLines.ToArray(), pooled: false);
    }

    /// <summary>The source line of the 1-based request line <paramref name="requestLine"/>, or -1 if out of range.</summary>
    public long MapToSourceLine(int requestLine) =>
        requestLine >= 1 && requestLine <= SourceLines.Count ? SourceLines[requestLine - 1] : -1;

    /// <summary>Gives the body buffer back to the pool once the batch has been sent.</summary>
    public void Release()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null && Pooled)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
