using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Streams.Client.Generation;
using Streams.Client.Http;

namespace Streams.Benchmarks.Load;

/// <summary>
/// Drives the generator into POST /api/ingest: one thread generates batches (paced to the rate, or as
/// fast as the senders take them), <c>--concurrency</c> senders post them. 503s are waited out and the
/// same batch resent, so nothing generated is dropped. A silo that accepts nothing for <see cref="StallLimit"/>
/// (every request refused, for example because the partitions fail to activate) ends the run with an error instead
/// of waiting forever.
/// </summary>
public sealed class LoadSender(LoadOptions options, StreamsApiClient api, FirehoseGenerator generator)
{
    public static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

    private readonly List<SentRequest> requests = [];
    private long accepted;
    private long rejected;
    private long sent;

    public long Accepted => Interlocked.Read(ref accepted);
    public long Rejected => Interlocked.Read(ref rejected);
    public long Sent => Interlocked.Read(ref sent);

    public IReadOnlyList<SentRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests.OrderBy(r => r.FirstEvent)];
            }
        }
    }

    public async Task<TimeSpan> RunAsync(TimeSpan duration, Action<string> progress, CancellationToken cancellationToken)
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = running.Token;
        var batches = Channel.CreateBounded<(byte[] Body, int Length, long First, int Count)>(options.Concurrency * 2);
        var clock = Stopwatch.StartNew();
        var producer = Task.Run(() => ProduceAsync(batches.Writer, clock, duration, token), token);
        var senders = Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(() => SendAsync(batches.Reader, token), token)).ToArray();
        using var ticker = new PeriodicTimer(TimeSpan.FromSeconds(5));
        var all = Task.WhenAll(senders.Append(producer));
        var lastAccepted = 0L;
        var lastAcceptedAt = clock.Elapsed;
        while (!all.IsCompleted)
        {
            await Task.WhenAny(all, ticker.WaitForNextTickAsync(cancellationToken).AsTask());
            progress($"{clock.Elapsed.TotalSeconds,5:0}s sent {Sent:N0} accepted {Accepted:N0} ({Accepted / Math.Max(1, clock.Elapsed.TotalSeconds):N0}/s), throttled {api.ThrottledResponses}");
            if (Accepted != lastAccepted)
            {
                (lastAccepted, lastAcceptedAt) = (Accepted, clock.Elapsed);
            }
            else if (!all.IsCompleted && clock.Elapsed - lastAcceptedAt > StallLimit)
            {
                await running.CancelAsync();
                await Task.WhenAny(all); // Let the senders stop; their cancellation is not the error to report.
                throw new TimeoutException(
                    $"The silo accepted no event for {StallLimit.TotalSeconds:0} s ({api.ThrottledResponses:N0} requests refused as saturated so far): "
                    + "it is not applying what it accepted. Its log above says why.");
            }
        }
        await all;
        return clock.Elapsed;
    }

    private async Task ProduceAsync(ChannelWriter<(byte[], int, long, int)> writer, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(options.BatchLines * 400);
        try
        {
            while (clock.Elapsed < duration && !generator.IsFinished)
            {
                var due = options.Rate is { } rate ? (long)(rate * clock.Elapsed.TotalSeconds) - generator.Position : options.BatchLines;
                if (due <= 0)
                {
                    await Task.Delay(5, cancellationToken);
                    continue;
                }
                var first = generator.Position;
                buffer.ResetWrittenCount();
                var count = generator.WriteBatch(buffer, (int)Math.Min(due, options.BatchLines));
                var body = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
                buffer.WrittenSpan.CopyTo(body);
                await writer.WriteAsync((body, buffer.WrittenCount, first, count), cancellationToken);
            }
        }
        finally
        {
            writer.Complete();
        }
    }

    private async Task SendAsync(ChannelReader<(byte[] Body, int Length, long First, int Count)> reader, CancellationToken cancellationToken)
    {
        await foreach (var batch in reader.ReadAllAsync(cancellationToken))
        {
            var sentAt = Stopwatch.GetTimestamp();
            var response = await api.IngestAsync(batch.Body.AsMemory(0, batch.Length), cancellationToken);
            ArrayPool<byte>.Shared.Return(batch.Body);
            Interlocked.Add(ref sent, batch.Count);
            Interlocked.Add(ref accepted, response.Accepted);
            Interlocked.Add(ref rejected, response.Rejected.Count);
            lock (requests)
            {
                requests.Add(new SentRequest(batch.First, batch.Count, sentAt, response.Accepted));
            }
        }
    }
}
