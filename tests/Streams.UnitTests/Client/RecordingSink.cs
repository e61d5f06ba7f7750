using System.Text;
using Streams.Client.Ingest;
using Streams.Client.Timing;

namespace Streams.UnitTests.Client;

/// <summary>Keeps every submitted batch with the (virtual) time it was submitted at.</summary>
internal sealed class RecordingSink(IPacingClock clock) : IIngestSink
{
    public List<(TimeSpan At, string[] Lines, long[] SourceLines)> Batches { get; } = new();

    public bool Flushed { get; private set; }

    public Task SubmitAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        var lines = Encoding.UTF8.GetString(batch.Body.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Batches.Add((clock.Elapsed, lines, batch.SourceLines.ToArray()));
        batch.Release();
        return Task.CompletedTask;
    }

    public Task FlushAsync(CancellationToken cancellationToken)
    {
        Flushed = true;
        return Task.CompletedTask;
    }
}
