using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Delivery;
using Streams.Domain.Customers;
using Streams.Domain.Delivery;
using Streams.Domain.Partitioning;
using Streams.Grains.References;

namespace Streams.Grains.Posts;

/// <summary>
/// Sends a partition's flush to its brand and customer grains: one call per target per flush.
/// </summary>
/// <remarks>
/// With durable storage (<paramref name="tracked"/>) every update carries its place in the
/// partition's log (<see cref="DeliveryRange"/>), and a copy is kept until the target confirms a
/// checkpoint that includes it. Targets ignore what they already applied (the partition replaying
/// its log after a restart sends it again) and report a gap when they restarted from a checkpoint
/// older than what they had been sent: the copies after their mark then go again, in order, before
/// the new update. A target that is sent nothing more is asked, once its checkpoint should have
/// happened (<see cref="CheckUnconfirmedAsync"/>), with an empty update at the position of the last
/// copy: the receipt confirms the copies, or reveals the gap of a target that restarted meanwhile.
/// </remarks>
public sealed class PartitionFanOut(IGrainFactory grains, int partition, bool tracked, TimeSpan confirmationDelay, TimeProvider clock)
{
    private static readonly CustomerUpdate NoCustomerChange = new(null, null, null, [], [], []);
    private static readonly BrandUpdate NoBrandChange = new([], [], [], [], [], 0);

    private readonly KeyedGrainReferences<ICustomerGrain> customers = new(grains);
    private readonly KeyedGrainReferences<IBrandGrain> brands = new(grains);

    public RetainedDeliveries<BrandUpdate> BrandCopies { get; private set; } = new();

    public RetainedDeliveries<CustomerUpdate> CustomerCopies { get; private set; } = new();

    public void Restore(RetainedDeliveries<BrandUpdate> brandCopies, RetainedDeliveries<CustomerUpdate> customerCopies)
    {
        BrandCopies = brandCopies;
        CustomerCopies = customerCopies;
    }

    /// <summary>Sends the customer updates; then tells the brands the new influence of the authors who mentioned them.</summary>
    public async Task SendCustomersAsync(PartitionFlush flush, long through)
    {
        var calls = new List<Task<CustomerReceipt>>(flush.Customers.Count);
        var builders = new List<CustomerUpdateBuilder>(flush.Customers.Count);
        foreach (var (authorId, builder) in flush.Customers)
        {
            calls.Add(SendCustomerAsync(authorId, builder.Build(), NextRange(CustomerCopies, authorId, through), keepCopy: true));
            builders.Add(builder);
        }
        var receipts = await Task.WhenAll(calls);
        for (var i = 0; i < builders.Count; i++)
        {
            var builder = builders[i];
            foreach (var brand in builder.MentionedBrands)
            {
                if (flush.Brands.TryGetValue(brand, out var brandUpdate))
                {
                    brandUpdate.Author(new AuthorInfluence(builder.Author.Id, builder.Author.Handle, Math.Round(receipts[i].Influence, 1), builder.Author.Followers));
                }
            }
        }
    }

    /// <summary>Asks the targets holding copies unconfirmed for longer than the confirmation delay.</summary>
    public async Task CheckUnconfirmedAsync()
    {
        if (!tracked)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now - confirmationDelay;
        await Task.WhenAll(CustomerCopies.DueForCheck(horizon, now)
            .Select(t => SendCustomerAsync(t.Target, NoCustomerChange, new DeliveryRange(partition, t.LastThrough, t.LastThrough), keepCopy: false)));
        await Task.WhenAll(BrandCopies.DueForCheck(horizon, now)
            .Select(t => SendBrandAsync(t.Target, NoBrandChange, new DeliveryRange(partition, t.LastThrough, t.LastThrough), keepCopy: false)));
    }

    public Task SendBrandsAsync(PartitionFlush flush, long through) =>
        Task.WhenAll(flush.Brands.Select(b => SendBrandAsync(b.Key, b.Value.Build(), NextRange(BrandCopies, b.Key, through), keepCopy: true)));

    // Not async: in memory (no range) the grain call's own task is returned, with no state machine of
    // ours around it. There is one per author per flush, tens of thousands a second at the peak.
    private Task<CustomerReceipt> SendCustomerAsync(string authorId, CustomerUpdate update, DeliveryRange? range, bool keepCopy)
    {
        var customer = customers.Get(authorId);
        return range is null
            ? customer.ApplyAsync(update, null)
            : DeliverAsync(CustomerCopies, authorId, update, range, keepCopy, customer.ApplyAsync, r => r.Delivery);
    }

    private Task SendBrandAsync(string brandId, BrandUpdate update, DeliveryRange? range, bool keepCopy)
    {
        var brand = brands.Get(brandId);
        return range is null
            ? brand.ApplyAsync(update, null)
            : DeliverAsync(BrandCopies, brandId, update, range, keepCopy, brand.ApplyAsync, r => r);
    }

    /// <summary>The position of a new update to <paramref name="target"/>; null when untracked (in memory), so the hot path allocates nothing for it.</summary>
    private DeliveryRange? NextRange<TUpdate>(RetainedDeliveries<TUpdate> copies, string target, long through)
        where TUpdate : class =>
        tracked ? new DeliveryRange(partition, through, copies.LastThrough(target)) : null;

    /// <summary>
    /// Sends one update at its position. On a gap, the copies the target lost go first, in order,
    /// then the update again. Keeps a copy of it if asked, and forgets what the target confirms.
    /// </summary>
    private async Task<TReceipt> DeliverAsync<TUpdate, TReceipt>(
        RetainedDeliveries<TUpdate> copies,
        string target,
        TUpdate update,
        DeliveryRange range,
        bool keepCopy,
        Func<TUpdate, DeliveryRange, Task<TReceipt>> send,
        Func<TReceipt, DeliveryReceipt> delivery)
        where TUpdate : class
    {
        var receipt = await send(update, range);
        if (delivery(receipt).Outcome == DeliveryOutcome.Gap)
        {
            foreach (var copy in copies.After(target, delivery(receipt).Mark))
            {
                Expect(delivery(await send(copy.Update, copy.Range)), target);
            }
            receipt = await send(update, range);
            Expect(delivery(receipt), target);
        }
        if (keepCopy)
        {
            copies.Add(target, range, update, clock.GetUtcNow().UtcDateTime);
        }
        copies.Confirmed(target, delivery(receipt).DurableMark);
        return receipt;
    }

    /// <summary>A gap left after resending every copy means copies were forgotten too early: fail the flush loudly rather than count wrong.</summary>
    private static void Expect(DeliveryReceipt receipt, string target)
    {
        if (receipt.Outcome == DeliveryOutcome.Gap)
        {
            throw new InvalidOperationException($"{target} still reports a gap after its copies were resent (its mark: {receipt.Mark}).");
        }
    }
}
