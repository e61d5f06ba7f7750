using Streams.Abstractions.Customers;
using Streams.Abstractions.Events;
using Streams.Domain.Customers;
using Xunit;

namespace Streams.UnitTests.Customers;

public sealed class CustomerUpdateBuilderTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static CustomerPost Post(string id, params string[] brands) => new(id, T0, -0.5, brands, true);

    [Fact]
    public void An_author_without_posts_mentioned_no_brand()
    {
        var builder = new CustomerUpdateBuilder(new AuthorRef("jane", "jane_d", 10, false));
        builder.Amplify(T0, 1);
        Assert.Empty(builder.MentionedBrands);
    }

    [Fact]
    public void Mentioned_brands_are_those_of_the_posts_distinct_in_order_of_first_mention()
    {
        var builder = new CustomerUpdateBuilder(new AuthorRef("jane", "jane_d", 10, false));
        builder.AddPost(Post("a", "globex", "acme"));
        Assert.Equal(["globex", "acme"], builder.MentionedBrands);

        builder.AddPost(Post("b", "acme", "initech"));
        builder.AddPost(Post("c", "globex"));
        Assert.Equal(["globex", "acme", "initech"], builder.MentionedBrands);
    }

    [Fact]
    public void A_single_post_naming_a_brand_twice_mentions_it_once()
    {
        var builder = new CustomerUpdateBuilder(new AuthorRef("jane", "jane_d", 10, false));
        builder.AddPost(Post("a", "acme", "acme"));
        Assert.Equal(["acme"], builder.MentionedBrands);
    }
}
