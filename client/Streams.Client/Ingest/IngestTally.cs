using Streams.Client.Http;

namespace Streams.Client.Ingest;

/// <summary>Running totals of an ingest run, safe to update from concurrent sends and to read for progress.</summary>
public sealed class IngestTally
{
    public const int KeptRejections = 20;

    private readonly List<RejectedLine> _firstRejections = new();
    private long _sent;
    private long _accepted;
    private long _rejected;
    private long _requests;

    public long Sent => Interlocked.Read(ref _sent);

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Rejected => Interlocked.Read(ref _rejected);

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>The first rejections in the order their answers arrived, mapped back to source lines.</summary>
    public IReadOnlyList<RejectedLine> FirstRejections
    {
        get
        {
            lock (_firstRejections)
            {
                return _firstRejections.ToArray();
            }
        }
    }

    public void Record(IngestBatch batch, IngestResponse response)
    {
        Interlocked.Add(ref _sent, batch.LineCount);
        Interlocked.Add(ref _accepted, response.Accepted);
        Interlocked.Add(ref _rejected, response.Rejected.Count);
        Interlocked.Increment(ref _requests);
        if (response.Rejected.Count == 0)
        {
            return;
        }
        lock (_firstRejections)
        {
            foreach (var rejection in response.Rejected)
            {
                if (_firstRejections.Count >= KeptRejections)
                {
                    break;
                }
                _firstRejections.Add(new RejectedLine(batch.MapToSourceLine(rejection.Line), rejection.Error));
            }
        }
    }
}
