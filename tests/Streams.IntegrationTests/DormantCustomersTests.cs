using Streams.Grains.Customers;

namespace Streams.IntegrationTests;

/// <summary>The store behind sleeping customers, on its own (it lives in the grains project, which only this test project references).</summary>
public sealed class DormantCustomersTests
{
    [Fact]
    public void A_customer_wakes_once_with_the_latest_bytes_it_slept_with()
    {
        var dormant = new DormantCustomers(enabled: true);
        dormant.Keep("a", [1, 2, 3]);
        dormant.Keep("b", [4]);
        dormant.Keep("a", [5, 6]);
        Assert.Equal(2, dormant.Count);
        Assert.Equal(3, dormant.Bytes);

        Assert.True(dormant.TryWake("a", out var a));
        Assert.Equal([5, 6], a);
        Assert.False(dormant.TryWake("a", out _));
        Assert.False(dormant.TryWake("nobody", out var none));
        Assert.Empty(none);
        Assert.Equal(1, dormant.Count);
        Assert.Equal(1, dormant.Bytes);
    }
}
