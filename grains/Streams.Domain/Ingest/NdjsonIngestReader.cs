using System.IO.Pipelines;

namespace Streams.Domain.Ingest;

/// <summary>
/// Reads a whole NDJSON request body into validated events and per-line rejections.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Lines end at '\n'; a '\r' before it is dropped. A final line without '\n' counts.</item>
/// <item>Line numbers are 1-based and count every line, blank ones included, so they match what the client's editor shows.</item>
/// <item>Blank and whitespace-only lines are skipped: neither accepted nor rejected.</item>
/// <item>A line longer than <see cref="IngestLimits.MaxLineBytes"/> is rejected as <c>line is longer than N bytes</c>
/// without being buffered whole; reading carries on at the next line.</item>
/// <item>A body longer than <see cref="IngestLimits.MaxBodyBytes"/> stops the read and sets
/// <see cref="IngestParseResult.BodyTooLarge"/> with both lists empty: the caller answers 413 and accepts nothing.</item>
/// <item>Each other line is parsed by <see cref="MentionEventParser"/>; see its rules.</item>
/// </list>
/// </remarks>
public static class NdjsonIngestReader
{
    /// <summary>Reads <paramref name="body"/> to its end (or to the size limit). The stream is not disposed.</summary>
    public static async Task<IngestParseResult> ReadAsync(Stream body, IngestLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var builder = new NdjsonBatchBuilder(limits);
        while (true)
        {
            var read = await body.ReadAsync(builder.GetFreeSpace(), ct).ConfigureAwait(false);
            if (read == 0)
            {
                return builder.Complete();
            }
            if (!builder.Commit(read))
            {
                return builder.Result;
            }
        }
    }

    /// <summary>Reads <paramref name="body"/> to its end (or to the size limit). The reader is advanced but not completed.</summary>
    public static async Task<IngestParseResult> ReadAsync(PipeReader body, IngestLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var builder = new NdjsonBatchBuilder(limits);
        while (true)
        {
            var read = await body.ReadAsync(ct).ConfigureAwait(false);
            if (read.IsCanceled)
            {
                // CancelPendingRead: the body was not finished, so treating what arrived as the whole batch would be wrong.
                throw new OperationCanceledException("The body read was cancelled.");
            }
            var buffer = read.Buffer;
            var tooLarge = false;
            foreach (var segment in buffer)
            {
                if (!builder.Write(segment.Span))
                {
                    tooLarge = true;
                    break;
                }
            }
            body.AdvanceTo(buffer.End);
            if (tooLarge)
            {
                return builder.Result;
            }
            if (read.IsCompleted)
            {
                return builder.Complete();
            }
        }
    }
}
