using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Orleans.Streams.Core;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Escalations;
using Streams.Abstractions.Events;
using Streams.Abstractions.Pipeline;
using Streams.Abstractions.Posts;
using Streams.Domain.Partitioning;
using Streams.Grains.Brands;
using Streams.Grains.Pipeline;

namespace Streams.Grains.Posts;

/// <summary>
/// Consumes one partition of the mention stream (implicit subscription: the grain key is the
/// partition) and owns the state of the posts hashing to it. Per event it only updates memory; the
/// fan-out to brand, customer and other partition grains is coalesced and sent once per flush,
/// which turns a grain call per event into a call per target per flush.
/// </summary>
/// <remarks>
/// Flushes happen on a timer, early when many events or targets are waiting, and at once when an
/// escalation changed, so escalations are never delayed by the coalescing. The stream waits while a
/// flush is awaited, which is what propagates backpressure from slow grains back to ingest.
/// Signal and read calls interleave with a flush in progress: they only touch the engine
/// synchronously, and partitions signalling each other while both flush must not deadlock.
/// </remarks>
[ImplicitStreamSubscription(MentionStreams.Namespace)]
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class PostPartitionGrain(
    BrandCatalogCache catalogs,
    PipelineCounters counters,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<PostPartitionGrain> logger)
    : Grain, IPostPartitionGrain, IStreamSubscriptionObserver, IAsyncBatchObserver<MentionEvent>
{
    private const int MaxFlushAttempts = 10;
    private static readonly TimeSpan EvictionPeriod = TimeSpan.FromMinutes(1);

    private PartitionEngine engine = null!;
    private IAsyncStream<Escalation> escalationStream = null!;

    private long Partition => this.GetPrimaryKeyLong();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        engine = new PartitionEngine((int)Partition, settings.Partitions, clock) { Catalog = catalogs.Current };
        escalationStream = this.GetStreamProvider(EscalationStreams.ProviderName)
            .GetStream<Escalation>(StreamId.Create(EscalationStreams.Namespace, EscalationStreams.Key));
        this.RegisterGrainTimer(FlushTickAsync, new GrainTimerCreationOptions(settings.FlushInterval, settings.FlushInterval));
        this.RegisterGrainTimer(EvictAsync, new GrainTimerCreationOptions(EvictionPeriod, EvictionPeriod));
        return Task.CompletedTask;
    }

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<MentionEvent>().ResumeAsync(this);

    public async Task OnNextAsync(IList<SequentialItem<MentionEvent>> items)
    {
        engine.Catalog = catalogs.Current;
        foreach (var item in items)
        {
            ApplySafely(item.Item);
        }
        counters.SetPending(Partition, true);
        if (ShouldFlushNow())
        {
            await FlushAsync();
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        logger.LogError(ex, "Mention stream error on partition {Partition}", Partition);
        return Task.CompletedTask;
    }

    public Task ApplyEventsAsync(IReadOnlyList<MentionEvent> events) =>
        OnNextAsync(events.Select(e => new SequentialItem<MentionEvent>(e, null!)).ToList());

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

    public async Task<AnswerOutcome> MarkAnsweredAsync(string postId, string? brandId, DateTime? at)
    {
        var outcome = engine.MarkAnswered(postId, brandId, at);
        if (outcome == AnswerOutcome.Answered)
        {
            counters.SetPending(Partition, true);
            await FlushAsync();
        }
        return outcome;
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
        return outbox.HasUrgentEscalations
            || outbox.Events >= options.Value.MaxEventsPerFlush
            || outbox.PendingTargets >= options.Value.MaxEventsPerFlush;
    }

    private Task FlushTickAsync(CancellationToken cancellationToken) => FlushAsync();

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
        var flush = engine.Outbox.Drain();
        if (flush.IsEmpty)
        {
            counters.SetPending(Partition, false);
            return;
        }
        await WithRetries("customers", () => SendCustomersAsync(flush));
        await WithRetries("brands", () => SendBrandsAsync(flush));
        await WithRetries("signals", () => SendSignalsAsync(flush));
        if (flush.Notable.Count > 0)
        {
            await WithRetries("escalation stream", () => escalationStream.OnNextBatchAsync(flush.Notable));
        }
        counters.AddProcessed(flush.Events);
        if (!engine.HasPendingWork)
        {
            counters.SetPending(Partition, false);
        }
    }

    private async Task SendCustomersAsync(PartitionFlush flush)
    {
        var calls = new List<Task<double>>(flush.Customers.Count);
        var builders = new List<Domain.Customers.CustomerUpdateBuilder>(flush.Customers.Count);
        foreach (var (authorId, builder) in flush.Customers)
        {
            calls.Add(GrainFactory.GetGrain<ICustomerGrain>(authorId).ApplyAsync(builder.Build()));
            builders.Add(builder);
        }
        var influences = await Task.WhenAll(calls);
        // Brands hear of the new influence of the authors who mentioned them in this flush.
        for (var i = 0; i < builders.Count; i++)
        {
            var builder = builders[i];
            foreach (var brand in builder.MentionedBrands)
            {
                if (flush.Brands.TryGetValue(brand, out var brandUpdate))
                {
                    brandUpdate.Author(new AuthorInfluence(builder.Author.Id, builder.Author.Handle, Math.Round(influences[i], 1), builder.Author.Followers));
                }
            }
        }
    }

    private Task SendBrandsAsync(PartitionFlush flush) =>
        Task.WhenAll(flush.Brands.Select(b => GrainFactory.GetGrain<IBrandGrain>(b.Key).ApplyAsync(b.Value.Build())));

    private Task SendSignalsAsync(PartitionFlush flush) =>
        Task.WhenAll(
            flush.Signals.Select(s => GrainFactory.GetGrain<IPostPartitionGrain>(s.Key).ApplySignalsAsync(s.Value))
                .Concat(flush.Forwards.Select(f => GrainFactory.GetGrain<IPostPartitionGrain>(f.Key).ApplyForwardedAsync(f.Value))));

    /// <summary>
    /// Retries a fan-out step rather than dropping it: the events it carries were accepted. A step is
    /// retried whole, so a target may see an update twice only if the first attempt partially
    /// failed; brand and customer updates tolerate that far better than losing them.
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
