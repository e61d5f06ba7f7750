namespace Streams.Domain.Text;

/// <summary>
/// One token of the post being scored. A mutable struct on purpose: tokens live in a stack or pooled
/// buffer for the duration of one call and the phrase pass rewrites them in place.
/// </summary>
internal struct ScoredToken
{
    /// <summary>Where the folded form starts in the call's folded-text buffer; length 0 for emoji and emoticons.</summary>
    public int FoldStart;
    public int FoldLength;
    public float Valence;
    public float Boost;
    public WordRole Roles;

    /// <summary>Clause number: punctuation ends a negation's or an intensifier's reach.</summary>
    public int Clause;
    public bool AllCaps;
    public bool Elongated;

    /// <summary>Digits only ("45"): a count, for <see cref="WordRole.TimeUnit"/>.</summary>
    public bool Numeric;

    /// <summary>Part of a matched idiom or complaint phrase: its valence is final and it is never negated.</summary>
    public bool InPhrase;

    /// <summary>An English word ending in "ing" ("fixing", "sorting"): after "thanks for", the action thanked for.</summary>
    public bool Gerund;

    /// <summary>In what a "thanks for" thanks for (<see cref="CareRegister"/>).</summary>
    public bool Thanked;

    /// <summary>In what a "thanks for" thanks for, after an action ("thanks for fixing the issue").</summary>
    public bool AfterThankedAction;

    /// <summary>Starts an idiom that praises by negating criticism ("not bad", "pas mal"): see <see cref="SentimentCues.NegatedCriticism"/>.</summary>
    public bool NegatedCriticism;
}
