using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

public sealed class IntentDetectorTests
{
    private static PostIntent Intent(string text, double sentiment = 0) => IntentDetector.Shared.Detect(text, sentiment);

    [Theory]
    [InlineData("Ras le bol, je vais résilier")]
    [InlineData("That's it, I'm switching to another carrier")]
    [InlineData("please cancel my account today")]
    [InlineData("je passe chez Free la semaine prochaine")]
    [InlineData("je vais passer chez la concurrence si ça continue")]
    [InlineData("encore une panne, je vais aller voir ailleurs")]
    [InlineData("thinking of switching providers, the service is awful")]
    [InlineData("considering switching banks after this")]
    [InlineData("I'm cancelling my subscription next month")]
    [InlineData("gonna leave them for good")]
    [InlineData("time to find a new bank")]
    [InlineData("j'envisage de changer d'opérateur")]
    public void Churn_threats_are_complaints_with_a_full_churn_signal(string text)
    {
        var intent = Intent(text);
        Assert.True(intent.HasFlag(PostIntent.ChurnThreat));
        Assert.True(intent.HasFlag(PostIntent.Complaint));
        Assert.Equal(1.0, IntentDetector.ChurnSignal(intent, 0));
    }

    [Theory]
    [InlineData("Vous avez un code promo ?", PostIntent.DealSeeking | PostIntent.Question)]
    [InlineData("any discount for students", PostIntent.DealSeeking)]
    [InlineData("I want to buy the new model, where can I buy it", PostIntent.PurchaseIntent)]
    [InlineData("@shop why is my order late", PostIntent.Question)]
    [InlineData("pourquoi mon colis n'arrive pas", PostIntent.Question)]
    [InlineData("no idea, I just left it on the porch", PostIntent.None)]
    [InlineData("I'd like to upgrade my plan", PostIntent.PurchaseIntent)]
    [InlineData("ready to order the new phone", PostIntent.PurchaseIntent)]
    [InlineData("is the X available in blue?", PostIntent.PurchaseIntent | PostIntent.Question)]
    [InlineData("je voudrais acheter la nouvelle", PostIntent.PurchaseIntent)]
    [InlineData("est-ce que la X est dispo en bleu ?", PostIntent.PurchaseIntent | PostIntent.Question)]
    // Not churn: an order cancelled is not a customer leaving, nor is switching between networks on a phone.
    [InlineData("I'm cancelling my order, it never shipped", PostIntent.None)]
    [InlineData("switching from wifi to 4g fixed it", PostIntent.None)]
    public void Phrase_intents_and_questions(string text, PostIntent expected)
    {
        Assert.Equal(expected, Intent(text));
    }

    [Fact]
    public void Sentiment_decides_complaint_and_praise()
    {
        Assert.Equal(PostIntent.Complaint, Intent("the service was awful", -0.6));
        Assert.Equal(PostIntent.Praise, Intent("loved it", 0.6));
        Assert.Equal(PostIntent.Praise, Intent("merci pour votre aide", 0.0));
        Assert.Equal(PostIntent.Complaint, Intent("thanks for nothing", -0.4));
        Assert.Equal(PostIntent.None, Intent("ok", 0.1));
    }

    [Theory]
    [InlineData("when will my refund arrive? thanks")]
    [InlineData("merci de me dire quand arrive mon colis ?")]
    [InlineData("@airline how do I change my seat, thanks in advance")]
    public void Thanks_that_close_a_question_are_not_praise(string text)
    {
        Assert.Equal(PostIntent.Question, Intent(text, 0.0));
    }

    [Fact]
    public void Churn_signal_grows_with_negativity()
    {
        Assert.Equal(0, IntentDetector.ChurnSignal(PostIntent.Praise, 0.8));
        Assert.Equal(0.125, IntentDetector.ChurnSignal(PostIntent.Complaint, -0.5), 9);
        Assert.Equal(0.25, IntentDetector.ChurnSignal(PostIntent.Complaint, -1), 9);
    }

    [Fact]
    public void Detection_does_not_allocate()
    {
        const string post = "@sncf pourquoi mon train est annulé ? je vais résilier mon abonnement, un code promo peut-être ?";
        var intent = Intent(post, -0.5);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            intent |= Intent(post, -0.5);
        }
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000);
        Assert.Equal(PostIntent.ChurnThreat | PostIntent.Complaint | PostIntent.Question | PostIntent.DealSeeking, intent);
    }
}
