using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Streams;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Delivery;
using Streams.Abstractions.Escalations;
using Streams.Abstractions.Events;
using Streams.Abstractions.Posts;
using Streams.Domain.Delivery;
using Streams.Domain.Partitioning;
using Streams.Grains.Brands;
using Streams.Grains.Log;
using Streams.Grains.Persistence;
using Streams.Grains.Pipeline;

namespace Streams.Grains.Posts;

/// <summary>
/// Owns the posts of one partition (the grain key) and applies the partition's events. Per event
/// it only updates memory; the fan-out to brand, customer and other partition grains is coalesced
/// and sent once per flush, which turns a grain call per event into a call per target per flush.
/// </summary>
/// <remarks>
/// <para>
/// Where events come from depends on the storage. In memory, from ingest, in batches, through
/// <see cref="ApplyEventsAsync"/>. With durable storage, from the partition's log in PostgreSQL: ingest appends and
/// wakes the partition, which reads what follows the last entry it applied. Every input then goes
/// through the log, including what other partitions pass on and answers marked through the API,
/// so the posts are a function of the log: after a silo dies, the partition restores its last
/// checkpoint elsewhere and replays the log from there. While it replays, it flushes after every
/// entry, so each update it sends again matches, entry for entry, one its target already has or
/// one it does not; the targets' delivery marks tell which (see <see cref="PartitionFanOut"/>).
/// </para>
/// <para>
/// Flushes happen on a timer, and early when many events or targets are waiting. Escalations that
/// were raised or changed severity or status do not wait for either: a shorter timer of their own,
/// which interleaves with a flush in progress, sends them to the live feed, and they reach their
/// brands with the next flush. Publishing each as soon as it is raised was tried: at saturation
/// most escalations are raised by signals from other partitions, one small stream message each,
/// and the feed's single queue fell 15-30 s behind. Ingest waits while a flush is awaited,
/// which is what propagates backpressure from slow grains back to ingest.
/// Signal and read calls interleave with a flush in progress: they only touch the engine
/// synchronously, and partitions signalling each other while both flush must not deadlock.
/// </para>
/// </remarks>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class PostPartitionGrain(
    [PersistentState("partition", StorageNames.Default)] IPersistentState<PartitionGrainState> state,
    BrandCatalogCache catalogs,
    PipelineCounters counters,
    IOptions<PipelineOptions> options,
    IOptions<PersistenceOptions> persistence,
    IServiceProvider services,
    ILocalSiloDetails silo,
    TimeProvider clock,
    ILogger<PostPartitionGrain> logger)
    : Grain, IPostPartitionGrain
{
    private const int MaxFlushAttempts = 10;
    private const int LogRowsPerRead = 32;
    private static readonly TimeSpan EvictionPeriod = TimeSpan.FromMinutes(1);

    private PartitionEngine engine = null!;
    private PartitionFanOut fanOut = null!;
    private IAsyncStream<Escalation> escalationStream = null!;

    // Durable storage only (log is null in memory).
    private IngestLog? log;
    private Serializer serializer = null!;
    private PartitionLogCursor cursor = new(0, 0);
    private PartitionCheckpointWriter? checkpoints;
    private DeliveryMarks inbound = new();
    private bool failed;

    // A flush is being delivered: progress reads interleave with it, and the outbox it drained is
    // empty while its updates are still on their way.
    private bool delivering;

    // The last publication to the live feed: each waits for the one before, so the revisions of an
    // escalation reach the feed in order even when the feed's timer, which interleaves, publishes
    // while a flush is publishing too.
    private Task feed = Task.CompletedTask;
    private readonly Dictionary<long, AnswerOutcome> answerOutcomes = [];

    private long Partition => this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        log = services.GetService<IngestLog>();
        engine = new PartitionEngine((int)Partition, settings.Partitions, clock) { Catalog = catalogs.Current };
        // Targets checkpoint within an interval of a change: ask for confirmations a little after that.
        var confirmationDelay = persistence.Value.CheckpointInterval + TimeSpan.FromSeconds(1);
        fanOut = new PartitionFanOut(GrainFactory, (int)Partition, tracked: log is not null, confirmationDelay, clock);
        escalationStream = this.GetStreamProvider(EscalationStreams.ProviderName)
            .GetStream<Escalation>(StreamId.Create(EscalationStreams.Namespace, EscalationStreams.Key));
        if (log is not null)
        {
            serializer = services.GetRequiredService<Serializer>();
            // Replaying matches posts against the brands: not against an empty catalog on a silo that just started.
            engine.Catalog = await catalogs.RefreshAsync(cancellationToken);
            await RestoreAsync(log, cancellationToken);
        }
        this.RegisterGrainTimer(FlushTickAsync, new GrainTimerCreationOptions(settings.FlushInterval, settings.FlushInterval));
        this.RegisterGrainTimer(
            _ => PublishNotableAsync(),
            new GrainTimerCreationOptions(settings.EscalationFeedInterval, settings.EscalationFeedInterval) { Interleave = true });
        this.RegisterGrainTimer(EvictAsync, new GrainTimerCreationOptions(EvictionPeriod, EvictionPeriod));
    }

    /// <summary>A graceful stop: deliver what is owed and checkpoint, so the next activation has nothing to replay.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (log is null || failed)
        {
            return;
        }
        if (checkpoints is null)
        {
            return; // The activation failed before it restored anything.
        }
        await checkpoints.WaitAsync();
        await FlushAsync();
        if (!engine.HasPendingWork && !cursor.Replaying)
        {
            checkpoints.StartIfDue(cursor.Applied, engine, inbound, fanOut, force: true);
        }
        await checkpoints.WaitAsync();
    }

    public async Task ApplyEventsAsync(IReadOnlyList<MentionEvent> events)
    {
        engine.Catalog = catalogs.Current;
        foreach (var mention in events)
        {
            ApplySafely(mention);
        }
        counters.SetPending(Partition, true);
        if (ShouldFlushNow())
        {
            await FlushAsync();
        }
    }

    public Task ApplySignalsAsync(IReadOnlyList<ThreadSignal> signals)
    {
        engine.Catalog = catalogs.Current;
        foreach (var signal in signals)
        {
            engine.Apply(signal);
        }
        counters.SetPending(Partition, true);
        return Task.CompletedTask;
    }

    public Task ApplyForwardedAsync(IReadOnlyList<MentionEvent> posts)
    {
        engine.Catalog = catalogs.Current;
        foreach (var post in posts)
        {
            engine.ApplyForwarded(post);
        }
        counters.SetPending(Partition, true);
        return Task.CompletedTask;
    }

    public Task<PostView?> GetPostAsync(string postId) => Task.FromResult(engine.View(postId));

    public Task<BrandBacktest> BacktestAsync(BrandConfig draft, int maxPosts, int maxSamples) =>
        Task.FromResult(engine.Backtest(draft, maxPosts, maxSamples));

    public async Task<AnswerOutcome> MarkAnsweredAsync(string postId, string? brandId, DateTime? at)
    {
        AnswerOutcome outcome;
        if (log is null)
        {
            outcome = engine.MarkAnswered(postId, brandId, at);
        }
        else
        {
            // Through the log like every other input, so a replay answers the post again.
            var heads = await log.AppendAsync([new LogAppend((int)Partition, new PartitionLogEntry(null, null, null, new ManualAnswer(postId, brandId, at)))]);
            var seq = heads[(int)Partition];
            await PullAsync();
            outcome = answerOutcomes.Remove(seq, out var logged) ? logged : throw new InvalidOperationException($"Answer entry {seq} was not applied.");
        }
        if (outcome == AnswerOutcome.Answered)
        {
            counters.SetPending(Partition, true);
            await FlushAsync();
        }
        return outcome;
    }

    public Task WakeAsync(long head) => log is not null && head > cursor.Applied ? PullAsync() : Task.CompletedTask;

    public Task<PartitionProgress> GetProgressAsync() =>
        Task.FromResult(new PartitionProgress(cursor.Applied, engine.HasPendingWork || delivering || failed, silo.SiloAddress.ToString(), cursor.RestoredAt, cursor.ReplayThrough,
            fanOut.BrandCopies.Count + fanOut.CustomerCopies.Count));

    private async Task RestoreAsync(IngestLog durableLog, CancellationToken cancellationToken)
    {
        if (state.State.Checkpoint is { } saved)
        {
            var checkpoint = serializer.Deserialize<PartitionCheckpoint>(saved)
                ?? throw new InvalidDataException($"The checkpoint of partition {Partition} is empty.");
            engine.Restore(PartitionSnapshotCodec.Deserialize(checkpoint.Engine));
            inbound = DeliveryMarks.FromSnapshot(checkpoint.Inbound);
            fanOut.Restore(
                RetainedDeliveries<BrandUpdate>.FromSnapshot(checkpoint.BrandCopies.Select(c => new RetainedDelivery<BrandUpdate>(c.Target, c.Range, c.Update, c.SentAt))),
                RetainedDeliveries<CustomerUpdate>.FromSnapshot(checkpoint.CustomerCopies.Select(c => new RetainedDelivery<CustomerUpdate>(c.Target, c.Range, c.Update, c.SentAt))));
        }
        // Whatever is in the log now may have been applied and sent before the restart: replay it
        // one entry per flush, so the targets can tell exactly what they already have.
        var restoredAt = state.State.Checkpoint is null ? 0 : state.State.AppliedSeq;
        cursor = new PartitionLogCursor(restoredAt, await durableLog.HeadAsync((int)Partition, cancellationToken));
        checkpoints = new PartitionCheckpointWriter(
            (int)Partition, state, durableLog, serializer, persistence.Value.CheckpointInterval, clock, logger);
        if (cursor.Replaying)
        {
            logger.LogInformation("Partition {Partition} restored at log entry {Applied}; replaying through {Head}", Partition, restoredAt, cursor.ReplayThrough);
        }
    }

    /// <summary>Reads and applies the log after the last applied entry, until it is exhausted.</summary>
    private async Task PullAsync()
    {
        if (log is null || failed)
        {
            return;
        }
        try
        {
            while (true)
            {
                var rows = await log.ReadAsync((int)Partition, cursor.Applied, LogRowsPerRead);
                if (rows.Count == 0)
                {
                    return;
                }
                engine.Catalog = catalogs.Current;
                foreach (var row in rows)
                {
                    ApplyEntry(row);
                    cursor.Advance(row.Seq);
                    counters.SetPending(Partition, true);
                    if (cursor.FlushEachEntry)
                    {
                        await FlushAsync();
                    }
                }
                if (ShouldFlushNow())
                {
                    await FlushAsync();
                }
                if (rows.Count < LogRowsPerRead)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (!failed)
        {
            // Reading failed (the database is away): the entries stay in the log; the next wake or tick reads them.
            logger.LogWarning(e, "Partition {Partition} could not read its log after entry {Applied}; retrying later", Partition, cursor.Applied);
        }
    }

    private void ApplyEntry(LogRow row)
    {
        var entry = row.Entry;
        if (entry.SourcePartition >= 0
            && inbound.Offer(new DeliveryRange(entry.SourcePartition, entry.SourceThrough, 0)) == DeliveryOutcome.Duplicate)
        {
            return; // Sent again by a partition replaying its own log: applied already.
        }
        foreach (var mention in entry.Events ?? [])
        {
            ApplySafely(mention);
        }
        foreach (var signal in entry.Signals ?? [])
        {
            engine.Apply(signal);
        }
        foreach (var post in entry.Forwards ?? [])
        {
            engine.ApplyForwarded(post);
        }
        if (entry.Answer is { } answer)
        {
            answerOutcomes[row.Seq] = engine.MarkAnswered(answer.PostId, answer.BrandId, answer.At);
        }
    }

    private void ApplySafely(MentionEvent mention)
    {
        try
        {
            engine.Apply(mention);
        }
        catch (Exception e)
        {
            // One event the engine cannot handle must not stop the partition; it was validated at
            // ingest, so this is a bug worth a loud log line, not a reason to stall everything behind it.
            logger.LogError(e, "Failed to apply {Kind} {Id} on partition {Partition}", mention.Kind, mention.PostId, Partition);
        }
    }

    private bool ShouldFlushNow()
    {
        var outbox = engine.Outbox;
        return outbox.Events >= options.Value.MaxEventsPerFlush
            || outbox.PendingTargets >= options.Value.MaxEventsPerFlush;
    }

    /// <summary>The feed's timer: sends the escalations raised or changed since it last ran.</summary>
    private Task PublishNotableAsync() => PublishAsync(engine.Outbox.TakeNotable());

    /// <summary>Sends escalations to the live feed, after whatever was sent to it before.</summary>
    private Task PublishAsync(IReadOnlyList<Escalation> notable)
    {
        if (notable.Count == 0)
        {
            return Task.CompletedTask;
        }
        feed = PublishAfterAsync(feed, notable);
        return feed;
    }

    private async Task PublishAfterAsync(Task previous, IReadOnlyList<Escalation> notable)
    {
        try
        {
            await previous;
        }
        catch
        {
            // That publication failed and was reported to its own caller; this one is tried all the same.
        }
        await WithRetries("escalation stream", () => escalationStream.OnNextBatchAsync(notable));
    }

    private async Task FlushTickAsync(CancellationToken cancellationToken)
    {
        // The tick also reads the log, so an entry whose wake-up was lost (its silo died) is not left waiting.
        await PullAsync();
        await FlushAsync();
        if (log is not null && !failed)
        {
            try
            {
                await fanOut.CheckUnconfirmedAsync();
            }
            catch (Exception e)
            {
                // The copies stay; the targets are asked again one confirmation delay later.
                logger.LogDebug(e, "Partition {Partition}: asking targets to confirm failed", Partition);
            }
        }
    }

    private Task EvictAsync(CancellationToken cancellationToken)
    {
        var evicted = engine.Evict(TimeSpan.FromHours(options.Value.PostRetentionHours));
        if (evicted > 0)
        {
            logger.LogDebug("Partition {Partition} forgot {Count} quiet posts", Partition, evicted);
        }
        return Task.CompletedTask;
    }

    private async Task FlushAsync()
    {
        if (failed)
        {
            return;
        }
        var flush = engine.Outbox.Drain();
        if (!flush.IsEmpty)
        {
            var through = cursor.NextDeliveryPosition();
            delivering = true;
            try
            {
                await SendAsync(flush, through);
            }
            catch (Exception e) when (log is not null)
            {
                // The drained updates are gone from memory but not from the log: start over from the
                // last checkpoint, on a fresh activation, rather than continue with a hole.
                failed = true;
                logger.LogError(e, "Partition {Partition} could not deliver a flush; it restarts from its last checkpoint", Partition);
                DeactivateOnIdle();
                return;
            }
            finally
            {
                delivering = false;
            }
            counters.AddProcessed(flush.Events);
        }
        if (checkpoints is not null && !engine.HasPendingWork && !cursor.Replaying)
        {
            // Right after a flush, when nothing is owed: the checkpoint then holds no half-sent work.
            checkpoints.StartIfDue(cursor.Applied, engine, inbound, fanOut);
        }
        if (!engine.HasPendingWork)
        {
            counters.SetPending(Partition, false);
        }
    }

    private async Task SendAsync(PartitionFlush flush, long through)
    {
        if (log is null)
        {
            await WithRetries("signals", () => SendSignalsAsync(flush));
        }
        else
        {
            await WithRetries("partition log", () => AppendForOtherPartitionsAsync(log, flush, through));
        }
        // What the feed's timer has not taken yet goes first: an answer flushes at once, and a replay
        // flushes after every log entry.
        await PublishAsync(flush.Notable);
        await WithRetries("customers", () => fanOut.SendCustomersAsync(flush, through));
        await WithRetries("brands", () => fanOut.SendBrandsAsync(flush, through));
    }

    private Task SendSignalsAsync(PartitionFlush flush) =>
        Task.WhenAll(
            flush.Signals.Select(s => GrainFactory.GetGrain<IPostPartitionGrain>(s.Key).ApplySignalsAsync(s.Value))
                .Concat(flush.Forwards.Select(f => GrainFactory.GetGrain<IPostPartitionGrain>(f.Key).ApplyForwardedAsync(f.Value))));

    /// <summary>Durable storage: what other partitions must apply goes into their logs, tagged with where it came from.</summary>
    private async Task AppendForOtherPartitionsAsync(IngestLog durableLog, PartitionFlush flush, long through)
    {
        var targets = flush.Signals.Keys.Union(flush.Forwards.Keys).Order().ToArray();
        if (targets.Length == 0)
        {
            return;
        }
        var rows = targets.Select(target => new LogAppend(target, new PartitionLogEntry(
            null,
            flush.Signals.TryGetValue(target, out var signals) ? [.. signals] : null,
            flush.Forwards.TryGetValue(target, out var forwards) ? [.. forwards] : null,
            null,
            (int)Partition,
            through))).ToArray();
        var heads = await durableLog.AppendAsync(rows);
        foreach (var (target, head) in heads)
        {
            _ = GrainFactory.GetGrain<IPostPartitionGrain>(target).WakeAsync(head);
        }
    }

    /// <summary>
    /// Retries a fan-out step rather than dropping it: the events it carries were accepted. A step is
    /// retried whole; with durable storage the targets ignore what they already applied, in memory
    /// a target may see an update twice if the first attempt partially failed.
    /// </summary>
    private async Task WithRetries(string what, Func<Task> send)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await send();
                return;
            }
            catch (Exception e) when (attempt < MaxFlushAttempts)
            {
                logger.LogWarning(e, "Partition {Partition}: sending {What} failed (attempt {Attempt}); retrying", Partition, what, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
            }
        }
    }
}
