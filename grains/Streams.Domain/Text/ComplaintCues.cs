namespace Streams.Domain.Text;

/// <summary>
/// Customer-care complaint cues: words and phrases that general-purpose lexicons score as neutral
/// but that, aimed at a brand, almost always mean something went wrong. "3 hours on the tarmac and
/// still no gate" has no polarised word at all, yet it is exactly the post a care team must not miss,
/// so these carry a modest negative weight (VADER scale) of their own. Kept modest on purpose: a cue
/// alone should tip a neutral post negative, not outweigh an explicit "thanks, sorted now!".
/// A single-word cue only applies when the lexicon has no polarity for the word; a phrase replaces
/// the polarity of the words it spans.
/// </summary>
internal static class ComplaintCues
{
    public const float Mild = -0.8f;
    public const float Firm = -1.3f;

    public static readonly (string Phrase, float Valence)[] English =
    [
        ("still waiting", Firm), ("still no", Firm), ("still not", Firm), ("still nothing", Firm),
        ("no refund", Firm), ("no response", Firm), ("no reply", Firm), ("no answer", Firm), ("no one", Mild),
        ("nobody", Mild), ("no update", Firm), ("no updates", Firm), ("no help", Firm), ("no signal", Firm),
        ("no service", Firm), ("no internet", Firm), ("no power", Firm), ("on hold", Firm), ("been waiting", Firm),
        ("waiting for", Mild), ("hours late", Firm), ("lost my", Firm), ("lost luggage", Firm), ("lost bag", Firm),
        ("never arrived", Firm), ("never received", Firm), ("not working", Firm), ("doesn't work", Firm),
        ("doesnt work", Firm), ("won't let", Mild), ("wont let", Mild), ("can't get", Mild), ("cant get", Mild),
        ("charged twice", Firm), ("double charged", Firm), ("out of stock", Mild), ("customer service", Mild),
        ("cancelled", Firm), ("canceled", Firm), ("delayed", Firm), ("delay", Mild), ("delays", Mild),
        ("refund", Mild), ("stuck", Firm), ("stranded", Firm), ("overbooked", Firm), ("outage", Firm),
        ("broken", Firm), ("rebooked", Mild), ("missed", Mild), ("tarmac", Mild), ("voicemail", Mild),
        ("unacceptable", Firm), ("ridiculous", Firm), ("again", Mild * 0.5f),
        ("late", Mild), ("waiting", Mild), ("issue", Mild), ("issues", Mild), ("unhelpful", Firm), ("unable", Mild),
        ("crashed", Firm), ("crashing", Firm), ("slow", Mild), ("understaffed", Firm), ("cancellation", Mild),
        ("excuses", Mild), ("fee", Mild), ("fees", Mild), ("hidden fees", Firm), ("misplaced", Firm),
        ("long line", Mild), ("long lines", Mild), ("for hours", Firm), ("an hour", Mild), ("all day", Mild),
        ("all night", Mild), ("why", Mild), ("how come", Mild), ("what's going on", Mild),
        ("problem", Mild), ("problems", Mild), ("declined", Mild), ("a manager", Mild), ("supervisor", Mild),
        ("damaged", Firm), ("no explanation", Firm), ("without warning", Mild), ("no news", Mild), ("real person", Mild), ("second time", Mild), ("2nd time", Mild), ("third time", Mild),
        ("3rd time", Mild), ("all morning", Mild), ("all week", Mild), ("been trying", Mild), ("get through", Mild),
    ];

    public static readonly (string Phrase, float Valence)[] French =
    [
        ("toujours pas", Firm), ("toujours rien", Firm), ("toujours en attente", Firm), ("en attente", Mild),
        ("en panne", Firm), ("panne", Firm), ("remboursement", Mild), ("rembourser", Mild), ("remboursé", Mild),
        ("pas remboursé", Firm), ("aucune réponse", Firm), ("pas de réponse", Firm), ("sans réponse", Firm),
        ("personne ne", Firm), ("retard", Firm), ("en retard", Firm), ("annulé", Firm), ("annulée", Firm),
        ("annulation", Mild), ("bloqué", Firm), ("bloquée", Firm), ("coupure", Firm), ("plus de réseau", Firm),
        ("pas de réseau", Firm), ("ne marche pas", Firm), ("ne fonctionne pas", Firm), ("marche pas", Firm),
        ("fonctionne pas", Firm), ("jamais reçu", Firm), ("pas reçu", Firm), ("perdu", Mild), ("perdue", Mild),
        ("service client", Mild), ("réclamation", Mild), ("plainte", Mild), ("attente", Mild),
        ("débité deux fois", Firm), ("facturé deux fois", Firm), ("encore", Mild * 0.5f),
        ("j'attends", Mild), ("attends", Mild), ("pourquoi", Mild), ("depuis des heures", Firm), ("depuis des jours", Firm),
        ("une heure", Mild), ("lenteur", Mild), ("injoignable", Firm), ("injoignables", Firm),
        ("problème", Mild), ("problèmes", Mild), ("refusé", Mild), ("refusée", Mild), ("un responsable", Mild),
        ("deuxième fois", Mild), ("troisième fois", Mild), ("toute la journée", Mild), ("toute la matinée", Mild),
        ("raccroché", Firm), ("abîmé", Firm), ("abîmée", Firm), ("cassé", Firm), ("cassée", Firm), ("endommagé", Firm),
        ("endommagée", Firm), ("défectueux", Firm), ("défectueuse", Firm), ("aucune explication", Firm),
        ("sans explication", Firm), ("sans prévenir", Mild), ("aucune nouvelle", Firm), ("pas de nouvelles", Firm),
        ("débité", Mild),
    ];
}
