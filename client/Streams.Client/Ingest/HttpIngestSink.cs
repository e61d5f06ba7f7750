using Streams.Client.Http;

namespace Streams.Client.Ingest;

/// <summary>
/// Sends batches to POST /api/ingest with up to <c>concurrency</c> requests in flight.
/// More than one in flight hides the round trip at high rates, at the cost of batches
/// arriving slightly out of order (the silo must cope with that anyway).
/// </summary>
public sealed class HttpIngestSink : IIngestSink
{
    private readonly StreamsApiClient _api;
    private readonly IngestTally _tally;
    private readonly SemaphoreSlim _slots;
    private readonly int _concurrency;
    private readonly List<Task> _inFlight = new();

    public HttpIngestSink(StreamsApiClient api, IngestTally tally, int concurrency)
    {
        _api = api;
        _tally = tally;
        _concurrency = Math.Max(1, concurrency);
        _slots = new SemaphoreSlim(_concurrency, _concurrency);
    }

    public async Task SubmitAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var send = SendAsync(batch, cancellationToken);
        lock (_inFlight)
        {
            _inFlight.RemoveAll(task => task.IsCompletedSuccessfully);
            _inFlight.Add(send);
        }
        // Surface a failed send (silo gone, 4xx) at the next submit instead of after the whole run.
        Task[] finished;
        lock (_inFlight)
        {
            finished = _inFlight.Where(task => task.IsFaulted || task.IsCanceled).ToArray();
        }
        if (finished.Length > 0)
        {
            await finished[0].ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_inFlight)
        {
            pending = _inFlight.ToArray();
            _inFlight.Clear();
        }
        await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SendAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _api.IngestAsync(batch.Body, cancellationToken).ConfigureAwait(false);
            _tally.Record(batch, response);
        }
        finally
        {
            batch.Release();
            _slots.Release();
        }
    }
}
