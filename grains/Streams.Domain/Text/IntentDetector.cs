using Streams.Abstractions.Brands;

namespace Streams.Domain.Text;

/// <summary>
/// Intents of a post, from phrase rules (compiled once, like a <see cref="TopicTaxonomy"/>) plus its sentiment:
/// <list type="bullet">
/// <item>complaint: sentiment at or below -0.05, or a churn threat;</item>
/// <item>question: a '?' or an opening question word ("how", "why", "pourquoi", "est-ce que");</item>
/// <item>praise: sentiment at or above 0.3, or thanks/merci in a post that is neither negative nor a question;</item>
/// <item>churn threat, purchase intent, deal seeking: the phrases of <see cref="IntentPhrases"/>.</item>
/// </list>
/// Allocation-free; immutable and shared.
/// </summary>
public sealed class IntentDetector
{
    private const double NegativeAt = -0.05;
    private const double PraiseAt = 0.3;

    private readonly TopicTaxonomy _phrases = TopicTaxonomy.Compile(IntentPhrases.All);
    private readonly ulong _churn;
    private readonly ulong _purchase;
    private readonly ulong _deal;
    private readonly ulong _thanks;
    private readonly ulong _questionOpeners;
    private readonly ulong _leaveOpeners;

    public IntentDetector()
    {
        _churn = _phrases.Bit(IntentPhrases.Churn);
        _purchase = _phrases.Bit(IntentPhrases.Purchase);
        _deal = _phrases.Bit(IntentPhrases.Deal);
        _thanks = _phrases.Bit(IntentPhrases.Thanks);
        _questionOpeners = _phrases.Bit(IntentPhrases.QuestionOpener);
        _leaveOpeners = _phrases.Bit(IntentPhrases.LeaveOpener);
    }

    public static IntentDetector Shared { get; } = new();

    /// <summary>The intents of a post given its sentiment score (<see cref="SentimentAnalyzer.Score"/>).</summary>
    public PostIntent Detect(ReadOnlySpan<char> text, double sentiment) => Detect(text, sentiment, out _);

    /// <summary>
    /// <see cref="Detect(ReadOnlySpan{char}, double)"/>, and whether the post holds a phrase of leaving ("je quitte",
    /// "ditching") that is a churn threat against a brand named right after it: see <see cref="ForBrand"/>.
    /// </summary>
    public PostIntent Detect(ReadOnlySpan<char> text, double sentiment, out bool leaveOpener)
    {
        leaveOpener = false;
        if (text.IsEmpty)
        {
            return PostIntent.None;
        }
        var found = _phrases.Match(text);
        leaveOpener = (found & _leaveOpeners) != 0;
        var intent = PostIntent.None;
        if ((found & _churn) != 0)
        {
            intent |= PostIntent.ChurnThreat | PostIntent.Complaint;
        }
        if ((found & _purchase) != 0)
        {
            intent |= PostIntent.PurchaseIntent;
        }
        if ((found & _deal) != 0)
        {
            intent |= PostIntent.DealSeeking;
        }
        var question = text.Contains('?') || ((found & _questionOpeners) != 0 && StartsWithQuestionWord(text));
        if (question)
        {
            intent |= PostIntent.Question;
        }
        if (sentiment <= NegativeAt)
        {
            intent |= PostIntent.Complaint;
        }
        else if (sentiment >= PraiseAt || ((found & _thanks) != 0 && !question))
        {
            // "Thanks" that closes a question ("when does the refund arrive? thanks") is manners, not praise.
            intent |= PostIntent.Praise;
        }
        return intent;
    }

    /// <summary>
    /// The intents of a post for one of its brands (see <see cref="SwitchPhrases"/>): for a brand the post names as
    /// where its author is going, <see cref="ForDestination"/>; against a brand named right after a phrase of leaving
    /// ("je quitte Acme"), a churn threat; otherwise the post's own.
    /// </summary>
    public static PostIntent ForBrand(PostIntent intents, double sentiment, bool leaveOpener, string text, BrandConfig brand)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(brand);
        if ((intents & PostIntent.ChurnThreat) != 0 && SwitchPhrases.NamesDestination(text, brand))
        {
            return ForDestination(intents, sentiment);
        }
        return leaveOpener && SwitchPhrases.NamesLeft(text, brand) ? intents | PostIntent.ChurnThreat | PostIntent.Complaint : intents;
    }

    /// <summary>
    /// The intents of a post for a brand it names as where its author is going (<see cref="SwitchPhrases"/>):
    /// for that brand the churn threat is a prospect, so purchase intent, and the complaint the threat implied goes
    /// with it. A complaint the sentiment makes stays.
    /// </summary>
    public static PostIntent ForDestination(PostIntent intents, double sentiment)
    {
        if ((intents & PostIntent.ChurnThreat) == 0)
        {
            return intents;
        }
        var forBrand = (intents & ~(PostIntent.ChurnThreat | PostIntent.Complaint)) | PostIntent.PurchaseIntent;
        return sentiment <= NegativeAt ? forBrand | PostIntent.Complaint : forBrand;
    }

    /// <summary>
    /// How much one post should add to its author's churn risk, 0..1: 1 for an explicit churn threat, a negative
    /// post adds in proportion to how negative it is (at most 0.25), anything else nothing. Meant to be summed with
    /// time decay per customer and brand (for instance a DecayingSum with a 30-day half-life), then squashed.
    /// </summary>
    public static double ChurnSignal(PostIntent intent, double sentiment) =>
        (intent & PostIntent.ChurnThreat) != 0 ? 1.0
        : (intent & PostIntent.Complaint) != 0 ? 0.25 * Math.Clamp(-sentiment, 0, 1)
        : 0;

    // Question words count only among the first three words after any @mentions ("why is my order late"), so a
    // "why" deep in a rant does not make it a question; a '?' anywhere does.
    private bool StartsWithQuestionWord(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart();
        while (rest.StartsWith('@'))
        {
            var space = rest.IndexOfAny(' ', '\n', '\t');
            if (space < 0)
            {
                return false;
            }
            rest = rest[space..].TrimStart();
        }
        var end = 0;
        for (var words = 0; end < rest.Length; end++)
        {
            if (char.IsWhiteSpace(rest[end]) && end > 0 && !char.IsWhiteSpace(rest[end - 1]) && ++words == 3)
            {
                break;
            }
        }
        return (_phrases.Match(rest[..end]) & _questionOpeners) != 0;
    }
}
