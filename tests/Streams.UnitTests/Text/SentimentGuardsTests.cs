using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

public sealed class SentimentGuardsTests
{
    private static readonly SentimentProbabilities ReadsAsPraise = new(0.2f, 0.2f, 0.6f);
    private static readonly SentimentProbabilities ReadsAsComplaint = new(0.5f, 0.3f, 0.2f);
    private static readonly SentimentProbabilities ReadsAsNeutral = new(0.3f, 0.6f, 0.1f);

    [Fact]
    public void Without_cues_the_model_decides_alone()
    {
        Assert.Equal(ReadsAsPraise, SentimentGuards.Apply(ReadsAsPraise, SentimentCues.None));
    }

    [Fact]
    public void A_sarcasm_marker_turns_the_literal_praise_into_the_complaint()
    {
        Assert.Equal(new SentimentProbabilities(0.6f, 0.2f, 0.2f), SentimentGuards.Apply(ReadsAsPraise, SentimentCues.SarcasmMarker));
    }

    [Fact]
    public void Negated_criticism_is_never_a_complaint_and_its_weight_goes_to_neutral_not_to_praise()
    {
        var guarded = SentimentGuards.Apply(ReadsAsComplaint, SentimentCues.NegatedCriticism);

        Assert.Equal(new SentimentProbabilities(0f, 0.8f, 0.2f), guarded);
        Assert.Equal(1, guarded.MostLikely);
    }

    [Fact]
    public void Ironic_praise_counts_for_the_complaint()
    {
        var guarded = SentimentGuards.Apply(ReadsAsPraise, SentimentCues.IronicPraise);

        Assert.Equal(new SentimentProbabilities(0.8f, 0.2f, 0f), guarded);
        Assert.Equal(0, guarded.MostLikely);
    }

    [Fact]
    public void A_plain_complaint_is_at_least_as_likely_negative_as_neutral_and_keeps_the_model_s_doubt()
    {
        var guarded = SentimentGuards.Apply(ReadsAsNeutral, SentimentCues.PlainComplaint);

        Assert.Equal(0, guarded.MostLikely);
        Assert.Equal(0f, guarded.Positive);
        Assert.Equal(guarded.Negative, guarded.Neutral);
        Assert.Equal(1f, guarded.Negative + guarded.Neutral + guarded.Positive, 5);
        Assert.InRange(guarded.ToScore(), -0.6, -0.4); // A complaint the model doubted, not one it was sure of.
    }

    [Fact]
    public void A_plain_complaint_the_model_already_reads_leaves_it_as_sure_as_it_was()
    {
        var guarded = SentimentGuards.Apply(new SentimentProbabilities(0.9f, 0.1f, 0f), SentimentCues.PlainComplaint);

        Assert.Equal(new SentimentProbabilities(0.9f, 0.1f, 0f), guarded);
    }
}
