using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Delivery;
using Streams.Domain.Customers;
using Streams.Domain.Delivery;
using Streams.Domain.Partitioning;

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
/// the new update. Customers are many and may never be sent anything again, so their copies are
/// also forgotten after <paramref name="customerCopyLifetime"/>, comfortably longer than their
/// checkpoint cadence.
/// </remarks>
public sealed class PartitionFanOut(IGrainFactory grains, int partition, bool tracked, TimeSpan customerCopyLifetime, TimeProvider clock)
{
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
        var calls = new List<Task<double>>(flush.Customers.Count);
        var builders = new List<CustomerUpdateBuilder>(flush.Customers.Count);
        foreach (var (authorId, builder) in flush.Customers)
        {
            calls.Add(SendCustomerAsync(authorId, builder.Build(), through));
            builders.Add(builder);
        }
        var influences = await Task.WhenAll(calls);
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
        if (tracked)
        {
            CustomerCopies.ForgetSentBefore(clock.GetUtcNow().UtcDateTime - customerCopyLifetime);
        }
    }

    public Task SendBrandsAsync(PartitionFlush flush, long through) =>
        Task.WhenAll(flush.Brands.Select(b => SendBrandAsync(b.Key, b.Value.Build(), through)));

    private async Task<double> SendCustomerAsync(string authorId, CustomerUpdate update, long through)
    {
        var customer = grains.GetGrain<ICustomerGrain>(authorId);
        if (!tracked)
        {
            return (await customer.ApplyAsync(update, null)).Influence;
        }
        var range = new DeliveryRange(partition, through, CustomerCopies.LastThrough(authorId));
        var receipt = await customer.ApplyAsync(update, range);
        if (receipt.Delivery.Outcome == DeliveryOutcome.Gap)
        {
            foreach (var copy in CustomerCopies.After(authorId, receipt.Delivery.Mark))
            {
                Expect(await customer.ApplyAsync(copy.Update, copy.Range), authorId);
            }
            receipt = await customer.ApplyAsync(update, range);
            Expect(receipt.Delivery, authorId);
        }
        CustomerCopies.Add(authorId, range, update, clock.GetUtcNow().UtcDateTime);
        CustomerCopies.Confirmed(authorId, receipt.Delivery.DurableMark);
        return receipt.Influence;
    }

    private async Task SendBrandAsync(string brandId, BrandUpdate update, long through)
    {
        var brand = grains.GetGrain<IBrandGrain>(brandId);
        if (!tracked)
        {
            await brand.ApplyAsync(update, null);
            return;
        }
        var range = new DeliveryRange(partition, through, BrandCopies.LastThrough(brandId));
        var receipt = await brand.ApplyAsync(update, range);
        if (receipt.Outcome == DeliveryOutcome.Gap)
        {
            foreach (var copy in BrandCopies.After(brandId, receipt.Mark))
            {
                Expect(await brand.ApplyAsync(copy.Update, copy.Range), brandId);
            }
            receipt = await brand.ApplyAsync(update, range);
            Expect(receipt, brandId);
        }
        BrandCopies.Add(brandId, range, update, clock.GetUtcNow().UtcDateTime);
        BrandCopies.Confirmed(brandId, receipt.DurableMark);
    }

    private static void Expect(CustomerReceipt receipt, string target) => Expect(receipt.Delivery, target);

    /// <summary>A gap left after resending every copy means copies were forgotten too early: fail the flush loudly rather than count wrong.</summary>
    private static void Expect(DeliveryReceipt receipt, string target)
    {
        if (receipt.Outcome == DeliveryOutcome.Gap)
        {
            throw new InvalidOperationException($"{target} still reports a gap after its copies were resent (its mark: {receipt.Mark}).");
        }
    }
}
