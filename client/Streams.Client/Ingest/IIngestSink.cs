namespace Streams.Client.Ingest;

/// <summary>Where finished batches go; the sink owns a batch once submitted and releases it.</summary>
public interface IIngestSink
{
    /// <summary>Hands a batch over; may wait until the sink has room (back-pressure).</summary>
    Task SubmitAsync(IngestBatch batch, CancellationToken cancellationToken);

    /// <summary>Waits until every submitted batch has been answered.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
