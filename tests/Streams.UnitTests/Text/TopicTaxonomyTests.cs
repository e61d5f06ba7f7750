using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

public sealed class TopicTaxonomyTests
{
    private static readonly TopicTaxonomy Default = TopicTaxonomy.Default;

    private static IReadOnlyList<string> Topics(string text, TopicTaxonomy? taxonomy = null) =>
        (taxonomy ?? Default).Names((taxonomy ?? Default).Match(text));

    [Theory]
    [InlineData("My parcel never arrived and tracking says nothing", IssueTopics.Delivery)]
    [InlineData("Colis toujours pas reçu, Colissimo injoignable", IssueTopics.Delivery)]
    [InlineData("still no REFUND for the returned shoes", IssueTopics.ReturnsAndRefunds)]
    [InlineData("je veux être remboursée", IssueTopics.ReturnsAndRefunds)]
    [InlineData("I was charged twice on my last invoice", IssueTopics.BillingAndPricing)]
    [InlineData("prélèvement en double sur ma facture", IssueTopics.BillingAndPricing)]
    [InlineData("45 minutes on hold and the agent hung up", IssueTopics.CustomerService)]
    [InlineData("le service client est injoignable", IssueTopics.CustomerService)]
    [InlineData("the blender arrived cracked and stopped working", IssueTopics.ProductQuality)]
    [InlineData("produit défectueux, mauvaise qualité", IssueTopics.ProductQuality)]
    [InlineData("is the app down? it keeps crashing", IssueTopics.Outage)]
    [InlineData("encore une panne de fibre", IssueTopics.Outage)]
    [InlineData("locked out of my account, password reset does nothing", IssueTopics.AccountAndAccess)]
    [InlineData("mon compte est bloqué", IssueTopics.AccountAndAccess)]
    [InlineData("how do I cancel my subscription", IssueTopics.Cancellation)]
    [InlineData("je veux résilier mon abonnement", IssueTopics.Cancellation)]
    [InlineData("your prices went up again", IssueTopics.BillingAndPricing)]
    [InlineData("the jacket fell apart after one wash", IssueTopics.ProductQuality)]
    [InlineData("sac déchiré dès la première semaine", IssueTopics.ProductQuality)]
    public void Each_issue_topic_is_found_in_english_and_french(string text, string topic)
    {
        Assert.Contains(topic, Topics(text));
    }

    [Fact]
    public void A_post_can_have_several_topics_and_unrelated_posts_none()
    {
        Assert.Equal([IssueTopics.Delivery, IssueTopics.ReturnsAndRefunds, IssueTopics.CustomerService],
            Topics("Package never arrived, no refund, and customer service never answers"));
        Assert.Empty(Topics("Lovely sunset tonight with friends"));
        Assert.Empty(Topics(""));
    }

    [Fact]
    public void Phrases_match_whole_words_only()
    {
        Assert.DoesNotContain(IssueTopics.Outage, Topics("downtown is lovely"));
        Assert.DoesNotContain(IssueTopics.CustomerService, Topics("the customer was served"));
    }

    [Fact]
    public void Brands_extend_or_replace_the_taxonomy()
    {
        var extended = Default.Extend(
        [
            new TopicDefinition("late-flight", ["delayed", "late flight"], ["retard"]),
            new TopicDefinition(IssueTopics.Delivery, ["courier"], []),
        ]);
        Assert.Equal(9, extended.TopicIds.Count);
        Assert.Equal(IssueTopics.Delivery, extended.TopicIds[0]);
        Assert.Equal(["late-flight"], Topics("vol en retard", extended));
        Assert.Empty(Topics("my parcel", extended)); // the delivery topic was replaced by the brand's own rules
        Assert.Equal([IssueTopics.Delivery], Topics("the courier lost it", extended));

        var airline = TopicTaxonomy.Compile(AirlineTopics.All);
        Assert.Contains("lost-luggage", Topics("@united lost my bag in Denver, 2 hours at baggage claim", airline));
        Assert.Contains("cancelled-flight", Topics("Flight Cancelled Flightled again, rebooking takes forever", airline));
    }

    [Fact]
    public void Invalid_taxonomies_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TopicTaxonomy.Compile([new("a", ["x"], []), new("a", ["y"], [])]));
        Assert.Throws<ArgumentException>(() => TopicTaxonomy.Compile([new("a", ["re*"], [])]));
        Assert.Throws<ArgumentException>(() => TopicTaxonomy.Compile([new("a", ["!!"], [])]));
        Assert.Throws<ArgumentException>(() => TopicTaxonomy.Compile(Enumerable.Range(0, 65).Select(i => new TopicDefinition($"t{i}", ["w"], []))));
    }

    [Fact]
    public void Matching_does_not_allocate()
    {
        const string post = "Colis jamais reçu, remboursement refusé et service client injoignable depuis une semaine !";
        var mask = Default.Match(post);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            mask |= Default.Match(post);
        }
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000);
        Assert.NotEqual(0UL, mask);
    }
}
