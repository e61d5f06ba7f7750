using System.Buffers;

namespace Streams.Client.Ingest;

/// <summary>
/// Accumulates NDJSON lines into a pooled buffer, within the silo's request limits
/// (5,000 lines, 4 MiB; kept a little under so a header or a final newline never tips it over).
/// </summary>
public sealed class IngestBatchBuilder : IBufferWriter<byte>
{
    public const int MaxLinesPerRequest = 5_000;
    public const int MaxBytesPerRequest = 4 * 1024 * 1024 - 64 * 1024;

    private readonly List<long> _sourceLines = new();
    private byte[] _buffer;
    private int _length;

    public IngestBatchBuilder(int maxLines)
    {
        MaxLines = Math.Clamp(maxLines, 1, MaxLinesPerRequest);
        _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    }

    public int MaxLines { get; }

    public int LineCount => _sourceLines.Count;

    public int Length => _length;

    public bool IsFull => _sourceLines.Count >= MaxLines || _length >= MaxBytesPerRequest;

    /// <summary>True when a line of <paramref name="lineBytes"/> more would exceed the byte limit.</summary>
    public bool WouldOverflow(int lineBytes) => _sourceLines.Count > 0 && _length + lineBytes + 1 > MaxBytesPerRequest;

    /// <summary>Appends one line (without its newline).</summary>
    public void AppendLine(ReadOnlySpan<byte> line, long sourceLine)
    {
        var span = GetSpan(line.Length + 1);
        line.CopyTo(span);
        span[line.Length] = (byte)'\n';
        _length += line.Length + 1;
        _sourceLines.Add(sourceLine);
    }

    /// <summary>Marks the bytes written through <see cref="IBufferWriter{T}"/> since the last call as one line.</summary>
    public void CompleteLine(long sourceLine) => _sourceLines.Add(sourceLine);

    public IngestBatch Build()
    {
        var batch = new IngestBatch(_buffer, _length, _sourceLines.ToArray(), pooled: true);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(64 * 1024, _length));
        _length = 0;
        _sourceLines.Clear();
        return batch;
    }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    private void Ensure(int sizeHint)
    {
        int needed = _length + Math.Max(sizeHint, 256);
        if (needed <= _buffer.Length)
        {
            return;
        }
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
