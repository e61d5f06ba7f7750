using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

public sealed class SwitchDestinationTests
{
    private static readonly BrandConfig Acme = new(
        "acme", "Acme", [new BrandHandle(Platform.Twitter, "AcmeCare")], ["Acme Mobile"], ["en"], 60, EscalationSettings.Default);

    private static readonly BrandConfig Globex = new("globex", "Globex", [], [], ["en"], 60, EscalationSettings.Default);

    [Theory]
    [InlineData("Thinking about switching to Acme, anyone tried their new plan?")]
    [InlineData("I'm switching to @AcmeCare tomorrow")]
    [InlineData("moving to ACME MOBILE next month")]
    [InlineData("je passe chez Acme la semaine prochaine")]
    public void A_brand_named_after_a_switching_phrase_is_where_the_author_is_going(string text) =>
        Assert.True(SwitchDestination.Names(text, Acme));

    [Theory]
    [InlineData("Acme is a joke, I'm switching to another provider")]
    [InlineData("switching from Acme to Globex")]
    [InlineData("switching to Acmeville's local shop")]
    [InlineData("I'm switching to Globex, done with @AcmeCare")]
    public void The_brand_left_behind_is_no_destination(string text) =>
        Assert.False(SwitchDestination.Names(text, Acme));

    [Fact]
    public void The_same_post_is_a_destination_for_one_brand_and_churn_for_the_other()
    {
        const string text = "I'm switching to Globex, done with @AcmeCare";
        Assert.True(SwitchDestination.Names(text, Globex));
        Assert.False(SwitchDestination.Names(text, Acme));
    }

    [Fact]
    public void For_the_destination_a_churn_threat_is_purchase_intent_and_its_implied_complaint_goes()
    {
        var intents = IntentDetector.Shared.Detect("Thinking about switching to Globex, anyone tried it?", 0);
        Assert.True(intents.HasFlag(PostIntent.ChurnThreat));

        var forGlobex = IntentDetector.ForDestination(intents, 0);

        Assert.Equal(PostIntent.PurchaseIntent | PostIntent.Question, forGlobex);
        Assert.True(IntentDetector.ForDestination(PostIntent.ChurnThreat | PostIntent.Complaint, -0.6).HasFlag(PostIntent.Complaint));
        Assert.Equal(0, IntentDetector.ChurnSignal(forGlobex, 0));
    }
}
