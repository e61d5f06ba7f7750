namespace Streams.Domain.Text;

/// <summary>
/// How people write to a brand's care account, which general-purpose lexicons read wrongly. Hand-written from what
/// care teams see, never fitted to a labelled set:
/// <list type="bullet">
/// <item>Request formulae carry no sentiment: VADER scores "please" +1.3 and "help" +1.7, so "please help, my card was
/// charged twice" came out positive. A plea for help is not praise.</item>
/// <item>Courtesy does not outweigh a problem: "thanks", "hope", "appreciate" count as positive only when nothing in the
/// post is negative. "Thanks for the quick fix!" stays praise; "thanks for losing my parcel" and "hope you can help, my
/// parcel never arrived" are complaints, however polite (or sarcastic). Nor does a sign-off make a request praise:
/// "can you check my booking? thanks" asks something, and the thanks are in advance.</item>
/// <item>A service that did not happen is a complaint: a negated service action ("hasn't arrived", "never answered",
/// "didn't work", "pas reçu") has no polar word, yet it is what care teams exist for.</item>
/// <item>A count of time units ("2 weeks", "45 minutes") in a post to a brand is nearly always how long someone has
/// been waiting, unless it says how fast something was done ("sorted in 5 minutes", "livré en 24 heures").</item>
/// <item>A service that did happen answers its own topic: a mild cue followed by a completed action ("the refund
/// arrived", "issue fixed", "remboursement reçu") is the resolution, not the complaint, so the thanks around it
/// count again. Firm cues ("cancelled", "lost my") stay complaints whatever follows them.</item>
/// <item>What a customer thanks for is done: in "thanks for the refund", "thank you for fixing the issue" or "merci pour
/// le remboursement", the mild cue after "for" is the service thanked for, not a complaint, when it names a service
/// ("refund") or follows an action ("fixing", "sorting", "réglé"). "Thanks for the delay" stays sarcasm: a delay is
/// no service. Nor is "help" a request there ("thanks for the help").</item>
/// </list>
/// Valences are on the VADER scale, as in <see cref="ComplaintCues"/>.
/// </summary>
internal static class CareRegister
{
    /// <summary>A negated service action: as firm as an explicit cue such as "still waiting".</summary>
    public const float FailedAction = ComplaintCues.Firm;

    /// <summary>A counted wait ("3 hours"): mild, since "open 24 hours" or "2 days early" also exist.</summary>
    public const float CountedWait = ComplaintCues.Mild;

    /// <summary>English only: the French lexicon gives "s'il vous plaît" and "aide" no polarity to begin with.</summary>
    public static readonly string[] EnglishRequests = ["please", "pls", "plz", "help", "kindly"];

    public static readonly string[] EnglishCourtesy =
        ["thanks", "thank", "thx", "ty", "appreciate", "appreciated", "hope", "hoping", "grateful"];

    public static readonly string[] FrenchCourtesy = ["merci", "espère", "espérant", "bonjour"];

    public static readonly string[] EnglishServiceActions =
    [
        "arrive", "arrived", "arrives", "receive", "received", "get", "got", "gotten", "work", "works", "worked",
        "working", "hear", "heard", "respond", "responded", "responding", "reply", "replied", "replying", "answer",
        "answered", "answering", "deliver", "delivered", "refund", "refunded", "fix", "fixed", "load", "loads",
        "loading", "connect", "connecting", "show", "showed", "come", "came", "call", "called", "send", "sent", "ship",
        "shipped", "open", "opens", "accept", "accepted", "help", "helped", "helping", "resolve", "resolved", "update",
        "updated", "allow", "allowed", "process", "processed", "fixing", "solve", "solved", "solving", "resolving",
        "refunding", "processing",
    ];

    public static readonly string[] FrenchServiceActions =
    [
        "reçu", "reçue", "reçus", "arrivé", "arrivée", "arrivés", "livré", "livrée", "livrés", "répondu", "répond",
        "répondent", "remboursé", "remboursée", "fonctionne", "marche", "rappelé", "résolu", "réglé", "envoyé",
        "envoyée", "aidé", "traité", "traitée", "apparaît", "venu", "venue", "passé", "rappelée",
    ];

    /// <summary>Past forms of a service that happened: after a mild complaint cue, its resolution.</summary>
    public static readonly string[] EnglishCompletedActions =
    [
        "arrived", "received", "refunded", "reimbursed", "credited", "fixed", "resolved", "solved", "sorted", "delivered",
        "processed", "approved", "answered", "replied", "responded",
    ];

    public static readonly string[] FrenchCompletedActions =
    [
        "reçu", "reçue", "reçus", "arrivé", "arrivée", "arrivés", "livré", "livrée", "livrés", "remboursé", "remboursée",
        "résolu", "réglé", "réparé", "rétabli", "traité", "traitée", "répondu",
    ];

    /// <summary>"Thanks Acme for nothing", "merci SNCF pour rien": as the idioms without the name (VADER scale).</summary>
    public const float ThanksForNothing = -2.0f;

    /// <summary>How many tokens after "for" a thanks reaches, within its clause.</summary>
    public const int ThanksReach = 6;

    /// <summary>How many tokens before "for" its courtesy word may be ("thank you so much for").</summary>
    public const int ThanksLead = 4;

    public static readonly string[] EnglishThanksFor = ["for"];

    /// <summary>"de"/"d'" as in "merci de m'avoir rappelé", "merci d'avoir remboursé".</summary>
    public static readonly string[] FrenchThanksFor = ["pour", "de", "d"];

    /// <summary>Services a brand gives that are also mild complaint cues; a word or a phrase of <see cref="ComplaintCues"/>.</summary>
    public static readonly string[] EnglishServiceTopics = ["refund", "customer service"];

    public static readonly string[] FrenchServiceTopics = ["remboursement", "rembourser", "remboursé", "service client"];

    /// <summary>Before a count of time ("in 5 minutes", "within 2 days", "en 10 minutes"): how fast, not how long a wait.</summary>
    public static readonly string[] EnglishWithinTime = ["in", "within", "under"];

    public static readonly string[] FrenchWithinTime = ["en", "sous"];

    public static readonly string[] EnglishTimeUnits =
        ["min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months"];

    public static readonly string[] FrenchTimeUnits =
        ["min", "minute", "minutes", "heure", "heures", "h", "jour", "jours", "semaine", "semaines", "mois"];
}
