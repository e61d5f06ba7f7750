using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>The cues the lexicon's rules find (<see cref="SentimentAnalyzer.ReadLexicon"/>), which hold the model to them.</summary>
public sealed class SentimentCuesTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.Shared;

    private static SentimentCues En(string text) => Analyzer.ReadLexicon(text, Language.English).Cues;

    private static SentimentCues Fr(string text) => Analyzer.ReadLexicon(text, Language.French).Cues;

    [Theory]
    [InlineData("Acme is not bad at all actually")]
    [InlineData("no problem at all with my delivery")]
    public void Praise_by_negated_criticism_is_a_cue_in_English(string text) => Assert.Equal(SentimentCues.NegatedCriticism, En(text));

    [Fact]
    public void Praise_by_negated_criticism_is_a_cue_in_French() => Assert.Equal(SentimentCues.NegatedCriticism, Fr("franchement pas mal la nouvelle appli"));

    [Theory]
    [InlineData("not bad, but my parcel is still missing")]
    [InlineData("the app is not bad, the delivery was awful")]
    [InlineData("the app is bad")]
    public void Negated_criticism_beside_a_problem_is_no_cue(string text) =>
        Assert.Equal(SentimentCues.None, En(text) & SentimentCues.NegatedCriticism);

    [Theory]
    [InlineData("love waiting on the phone all day with you /s")]
    [InlineData("what a great start to the week #sarcasm")]
    [InlineData("So glad my bill doubled /S")]
    public void An_explicit_sarcasm_marker_turns_praise_into_a_complaint(string text)
    {
        var reading = Analyzer.ReadLexicon(text, Language.English);

        Assert.True((reading.Cues & SentimentCues.SarcasmMarker) != 0, $"{reading.Cues}");
        Assert.True(reading.Compound <= -0.05, $"{reading.Compound:F3}");
    }

    [Theory]
    [InlineData("and/s or")]
    [InlineData("the /sales page is down")]
    [InlineData("#sarcasmisthelowestform of wit")]
    public void A_slash_s_or_hashtag_inside_other_text_is_no_marker(string text) =>
        Assert.Equal(SentimentCues.None, En(text) & SentimentCues.SarcasmMarker);

    [Fact]
    public void Praise_beside_a_firm_complaint_without_a_contrast_word_is_irony()
    {
        Assert.Equal(SentimentCues.IronicPraise, En("great, Acme cancelled my order again. just great."));
        Assert.Equal(SentimentCues.IronicPraise, En("wonderful, another outage"));
        Assert.Equal(SentimentCues.None, En("the staff were great but my order got cancelled"));
        Assert.Equal(SentimentCues.None, En("great, my order arrived early"));
    }

    [Theory]
    [InlineData("still waiting for a reply to my email from last week")]
    [InlineData("my order still hasn't arrived")]
    [InlineData("charged twice this month")]
    public void A_firm_complaint_stated_with_nothing_positive_is_a_plain_complaint(string text) =>
        Assert.Equal(SentimentCues.PlainComplaint, En(text));

    [Fact]
    public void A_plain_complaint_is_a_cue_in_French() => Assert.Equal(SentimentCues.PlainComplaint, Fr("toujours pas de réponse à mon mail"));

    [Theory]
    [InlineData("is my flight delayed?")] // A question about a possible problem asks; it does not complain.
    [InlineData("thanks, still waiting but the team has been lovely")]
    [InlineData("my train was late")] // "late" is a mild cue: a statement, not yet a complaint for sure.
    public void Questions_praise_and_mild_cues_are_no_plain_complaint(string text) =>
        Assert.Equal(SentimentCues.None, En(text) & SentimentCues.PlainComplaint);

    [Theory]
    [InlineData("what time does the Paris store open on Sunday?")]
    [InlineData("do you deliver to Belgium?")]
    public void A_question_with_nothing_polar_is_a_plain_question(string text) => Assert.Equal(SentimentCues.PlainQuestion, En(text));

    [Theory]
    [InlineData("why is my bill higher this month?")] // "why" is a care cue.
    [InlineData("is this the worst airline ever?")]
    [InlineData("any update on my refund? 😡")]
    public void A_question_with_a_polar_word_or_a_cue_is_no_plain_question(string text) =>
        Assert.Equal(SentimentCues.None, En(text) & SentimentCues.PlainQuestion);

    [Fact]
    public void A_plain_question_is_a_cue_in_French() => Assert.Equal(SentimentCues.PlainQuestion, Fr("à quelle heure ouvre la boutique de Lyon ?"));
}
