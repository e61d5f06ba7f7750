using System.Buffers;

namespace Streams.Domain.Ingest;

/// <summary>
/// Splits an NDJSON body into lines as bytes arrive and parses each complete line in place, so a line is never
/// copied out of the read buffer. Shared by the Stream and PipeReader entry points of <see cref="NdjsonIngestReader"/>.
/// </summary>
internal sealed class NdjsonBatchBuilder : IDisposable
{
    // Reads smaller than this are wasteful; when less space than this is left, the pending line moves to the front.
    private const int MinReadSize = 16 * 1024;

    private readonly IngestLimits _limits;
    private readonly string _lineTooLong;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _completedLines;
    private long _totalBytes;
    // Inside a line that was already rejected as too long: drop bytes until its '\n'.
    private bool _discarding;

    public NdjsonBatchBuilder(IngestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxLineBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limits.MaxLineBytes, 256 * 1024 * 1024);
        _limits = limits;
        _lineTooLong = $"line is longer than {limits.MaxLineBytes} bytes";
        // The longest acceptable line, plus its "\r\n", always fits beside one read.
        _buffer = ArrayPool<byte>.Shared.Rent(limits.MaxLineBytes + 2 + MinReadSize);
    }

    public IngestParseResult Result { get; } = new();

    /// <summary>Where the next read should land. Call <see cref="Commit"/> with the number of bytes written.</summary>
    public Memory<byte> GetFreeSpace()
    {
        if (_buffer.Length - _end < MinReadSize)
        {
            var pending = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }
        return _buffer.AsMemory(_end);
    }

    /// <summary>Copies bytes that arrived elsewhere (a pipe segment) and processes them. False once the body is too large.</summary>
    public bool Write(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var free = GetFreeSpace().Span;
            var count = Math.Min(free.Length, bytes.Length);
            bytes[..count].CopyTo(free);
            bytes = bytes[count..];
            if (!Commit(count))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Processes every line completed by <paramref name="count"/> new bytes. False once the body is too large.</summary>
    public bool Commit(int count)
    {
        _totalBytes += count;
        if (_totalBytes > _limits.MaxBodyBytes)
        {
            Result.BodyTooLarge = true;
            Result.Accepted.Clear();
            Result.Rejected.Clear();
            Result.LineCount = _completedLines;
            return false;
        }

        var scanFrom = _end;
        _end += count;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }
            var lineEnd = scanFrom + newline;
            if (_discarding)
            {
                _discarding = false;
            }
            else
            {
                ProcessLine(_buffer.AsSpan(_start, lineEnd - _start), _completedLines + 1);
            }
            _completedLines++;
            _start = scanFrom = lineEnd + 1;
        }

        if (_discarding)
        {
            _start = _end = 0;
        }
        // One byte of slack: the line may still turn out to end in "\r\n", and the '\r' does not count.
        else if (_end - _start > _limits.MaxLineBytes + 1)
        {
            Result.Rejected.Add(new LineRejection(_completedLines + 1, _lineTooLong));
            _discarding = true;
            _start = _end = 0;
        }
        return true;
    }

    /// <summary>The body has ended: a final line without '\n' still counts.</summary>
    public IngestParseResult Complete()
    {
        if (Result.BodyTooLarge)
        {
            return Result;
        }
        var lines = _completedLines;
        if (_discarding)
        {
            lines++;
        }
        else if (_end > _start)
        {
            lines++;
            ProcessLine(_buffer.AsSpan(_start, _end - _start), lines);
        }
        _start = _end = 0;
        _discarding = false;
        Result.LineCount = lines;
        return Result;
    }

    private void ProcessLine(ReadOnlySpan<byte> line, int lineNumber)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        if (line.Length > _limits.MaxLineBytes)
        {
            Result.Rejected.Add(new LineRejection(lineNumber, _lineTooLong));
            return;
        }
        if (line.IndexOfAnyExcept(" \t\r"u8) < 0)
        {
            return;
        }
        if (MentionEventParser.TryParse(line, _limits, out var mention, out var error))
        {
            Result.Accepted.Add(mention!);
        }
        else
        {
            Result.Rejected.Add(new LineRejection(lineNumber, error!));
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
