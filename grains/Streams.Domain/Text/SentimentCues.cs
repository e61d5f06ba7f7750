namespace Streams.Domain.Text;

/// <summary>
/// What the lexicon's rules establish about a post with more certainty than the trained model can: constructs the
/// SemEval and DEFT train splits hold too few examples of for a model to learn ("not bad" is in a handful of the
/// 3,678 training tweets, "/s" in none). <see cref="SentimentGuards"/> holds the model's probabilities to them.
/// </summary>
[Flags]
public enum SentimentCues
{
    None = 0,

    /// <summary>An explicit sarcasm marker ("/s", "#sarcasm"): the literal praise is the complaint.</summary>
    SarcasmMarker = 1,

    /// <summary>
    /// Praise made by negating criticism ("not bad", "pas mal", "no problem") in a post with nothing negative
    /// besides: whatever else it is, not a complaint. A model sees "not" and "bad" and reads one.
    /// </summary>
    NegatedCriticism = 2,

    /// <summary>
    /// Praise next to a firm care complaint ("great, they cancelled my flight again") with no "but" to weigh one
    /// against the other: irony, never praise.
    /// </summary>
    IronicPraise = 4,

    /// <summary>
    /// A firm care complaint ("still waiting", "on hold", "charged twice") stated as a statement, with nothing
    /// positive and no question: a complaint, even when no word of it is polar for the model.
    /// </summary>
    PlainComplaint = 8,

    /// <summary>
    /// A question with no polar word, emoji or care cue in it ("what time does the Lyon store open?", "do you deliver
    /// to Belgium?"): a request for information, not a complaint. The model, trained on political tweets among others,
    /// reads some plain French questions as complaints.
    /// </summary>
    PlainQuestion = 16,
}
