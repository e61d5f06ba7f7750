using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Grains.References;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests;

/// <summary>
/// The fan-out's references skip Orleans' per-call type resolution; they must still name exactly the grain that
/// <c>GetGrain</c> names, or updates would land on a different activation than the one the API reads.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class KeyedGrainReferencesTests(StreamsCluster cluster)
{
    [Theory]
    [InlineData("author-42")]
    [InlineData("écrivain ✍")]
    public void A_customer_reference_is_the_grain_GetGrain_names(string key)
    {
        var references = new KeyedGrainReferences<ICustomerGrain>(cluster.Grains);

        var expected = (GrainReference)cluster.Grains.GetGrain<ICustomerGrain>(key);
        var actual = (GrainReference)references.Get(key);

        Assert.Equal(expected.GrainId, actual.GrainId);
        Assert.Equal(expected.InterfaceType, actual.InterfaceType);
    }

    [Fact]
    public async Task A_brand_reference_reaches_the_brand_of_its_key()
    {
        var prefix = TestBrands.NewPrefix();
        var brand = TestBrands.Unique(prefix);
        await cluster.RegisterBrandAsync(brand);

        var stats = await new KeyedGrainReferences<IBrandGrain>(cluster.Grains).Get(brand.Id).GetStatsAsync();

        Assert.Equal(brand.Id, stats.BrandId);
    }
}
