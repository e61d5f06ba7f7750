namespace Streams.Domain.Text;

/// <summary>
/// Holds the model's class probabilities to what the lexicon's rules establish (<see cref="SentimentCues"/>), with the
/// least change that does it, so that the model still sets how strong the post is. Applied last, after brand priors
/// (<see cref="BrandSentimentPriors"/>) have re-weighted the model's own calibrated probabilities: the priors are
/// estimated by EM from those probabilities, which a guard's hard zeros would no longer be.
/// The cues are narrow on purpose. Deferring to the lexicon whenever the model was unsure cost accuracy on the val
/// splits, where the model is right more often than the lexicon when they disagree (0.654 against 0.605 on SemEval val).
/// </summary>
public static class SentimentGuards
{
    public static SentimentProbabilities Apply(SentimentProbabilities p, SentimentCues cues)
    {
        if (cues == SentimentCues.None)
        {
            return p;
        }
        var negative = p.Negative;
        var neutral = p.Neutral;
        var positive = p.Positive;
        if ((cues & SentimentCues.SarcasmMarker) != 0)
        {
            // The model read the words literally; the marker says the writer meant the opposite.
            (negative, positive) = (positive, negative);
        }
        if ((cues & (SentimentCues.NegatedCriticism | SentimentCues.PlainQuestion)) != 0)
        {
            // "Not bad" and "do you deliver to Belgium?" are at least neutral: what the model gave the complaint goes to
            // neutral, not to praise.
            neutral += negative;
            negative = 0;
        }
        if ((cues & (SentimentCues.IronicPraise | SentimentCues.PlainComplaint)) != 0)
        {
            // Irony inverts the praise: what the model gave it goes to the complaint.
            negative += positive;
            positive = 0;
        }
        if ((cues & SentimentCues.PlainComplaint) != 0 && neutral > negative)
        {
            // At least as likely a complaint as not (ties go to negative): the model still says how sure it is.
            negative = neutral = (negative + neutral) / 2;
        }
        return new SentimentProbabilities(negative, neutral, positive);
    }
}
