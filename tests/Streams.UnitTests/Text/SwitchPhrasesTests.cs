using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

public sealed class SwitchPhrasesTests
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
        Assert.True(SwitchPhrases.NamesDestination(text, Acme));

    [Theory]
    [InlineData("Acme is a joke, I'm switching to another provider")]
    [InlineData("switching from Acme to Globex")]
    [InlineData("switching to Acmeville's local shop")]
    [InlineData("I'm switching to Globex, done with @AcmeCare")]
    public void The_brand_left_behind_is_no_destination(string text) =>
        Assert.False(SwitchPhrases.NamesDestination(text, Acme));

    [Fact]
    public void The_same_post_is_a_destination_for_one_brand_and_churn_for_the_other()
    {
        const string text = "I'm switching to Globex, done with @AcmeCare";
        Assert.True(SwitchPhrases.NamesDestination(text, Globex));
        Assert.False(SwitchPhrases.NamesDestination(text, Acme));
    }

    [Theory]
    [InlineData("je quitte Acme à la fin du mois")]
    [InlineData("ditching @AcmeCare for good")]
    [InlineData("switching from Acme Mobile to Globex")]
    public void A_brand_named_right_after_a_phrase_of_leaving_is_left(string text) =>
        Assert.True(SwitchPhrases.NamesLeft(text, Acme));

    [Theory]
    [InlineData("je quitte le bureau et je passe au magasin Acme")]
    [InlineData("quitting my job, Acme store here I come")]
    [InlineData("switching from Globex to Acme")]
    public void A_phrase_of_leaving_that_does_not_name_the_brand_leaves_it_alone(string text) =>
        Assert.False(SwitchPhrases.NamesLeft(text, Acme));

    [Fact]
    public void Leaving_a_brand_is_a_churn_threat_against_it_and_no_other()
    {
        const string text = "je quitte Acme, direction Globex";
        var intents = IntentDetector.Shared.Detect(text, 0, out var leaveOpener);
        Assert.True(leaveOpener);
        Assert.False(intents.HasFlag(PostIntent.ChurnThreat)); // "je quitte" alone threatens no one.

        Assert.True(IntentDetector.ForBrand(intents, 0, leaveOpener, text, Acme).HasFlag(PostIntent.ChurnThreat));
        Assert.False(IntentDetector.ForBrand(intents, 0, leaveOpener, text, Globex).HasFlag(PostIntent.ChurnThreat));
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
