namespace Streams.Client.Generation;

/// <summary>
/// The invented phrasings the generator draws customer posts and brand answers from, in English and French.
/// Negative ones cover the usual care topics (delivery, billing, outages, refunds, apps, waiting on support)
/// so that downstream sentiment and topic logic has something realistic to chew on.
/// </summary>
internal static class PostTexts
{
    public static readonly string[] EnglishNegative =
    [
        "{b} my parcel was supposed to arrive {n} days ago and tracking hasn't moved. Order {o}. Useless.",
        "{b} you charged me twice this month and nobody answers the phone. Fix my bill!",
        "Third outage this week with {b}. No internet since this morning, working from home is impossible",
        "{b} still waiting for my refund for order {o}, it's been {n} weeks. This is a joke",
        "{b} your app keeps crashing when I try to pay. Worst update ever",
        "Been on hold with {b} for {n} hours. Terrible customer service, honestly.",
        "{b} delivery driver left my package in the rain, everything is ruined. Order {o}",
        "Cancelled my subscription with {b} and they still took money from my account. Disgusting",
        "{b} flight delayed {n} hours and no one at the gate can tell us anything. Awful",
        "Why is {b} so bad at this? Wrong item delivered again, order {o}",
        "{b} my account got locked and support keeps sending me in circles. So frustrating",
        "No signal at all since yesterday, {b} what is going on?? Paying for nothing",
        "{b} I was promised a callback {n} days ago. Nothing. Never again.",
        "Hidden fees on my {b} invoice again. Feels like a scam",
    ];

    public static readonly string[] EnglishNeutral =
    [
        "{b} how do I change the delivery address on order {o}?",
        "{b} is there an outage in my area right now?",
        "Does anyone know if {b} ships to Canada?",
        "{b} what are your opening hours on Sunday?",
        "{b} can I get an invoice for order {o} with my company name on it?",
        "Thinking about switching to {b}, anyone tried their new plan?",
        "{b} how long does a refund usually take?",
        "{b} do you have a student discount?",
        "Just ordered from {b} for the first time, order {o}. Let's see",
        "{b} is the app down or is it just me?",
        "{b} where can I find my contract number?",
        "{b} can I move my appointment to next week?",
    ];

    public static readonly string[] EnglishPositive =
    [
        "Shout out to {b}, parcel arrived a day early!",
        "{b} support sorted my billing issue in {n} minutes. Impressed",
        "Love the new {b} app update, so much faster",
        "Thanks {b} for the quick refund, really appreciated",
        "{b} the agent I spoke to today was lovely, thank you!",
        "Great flight with {b} today, friendly crew and on time",
        "Finally fibre at home thanks to {b}, speeds are amazing",
        "Credit where it's due: {b} fixed the outage fast",
    ];

    public static readonly string[] FrenchNegative =
    [
        "{b} mon colis devait arriver il y a {n} jours et le suivi ne bouge plus. Commande {o}. Inadmissible.",
        "{b} vous m'avez prélevé deux fois ce mois-ci et personne ne répond au téléphone !",
        "Encore une panne chez {b}, plus d'internet depuis ce matin, c'est insupportable",
        "{b} toujours pas de remboursement pour la commande {o} après {n} semaines. Honteux",
        "{b} votre appli plante à chaque paiement, c'est nul",
        "{n} heures d'attente au service client de {b}... lamentable",
        "{b} le livreur a laissé mon colis sous la pluie, tout est abîmé. Commande {o}",
        "J'ai résilié chez {b} et ils continuent de me prélever. Scandaleux",
        "{b} vol retardé de {n} heures et aucune information. Nul.",
        "Mauvais article livré par {b}, encore une fois. Commande {o}",
        "{b} on m'avait promis un rappel il y a {n} jours. Rien. Plus jamais.",
        "Frais cachés sur ma facture {b}, c'est de l'arnaque",
    ];

    public static readonly string[] FrenchNeutral =
    [
        "{b} comment changer l'adresse de livraison de la commande {o} ?",
        "{b} il y a une panne dans mon quartier ?",
        "Quelqu'un sait si {b} livre en Belgique ?",
        "{b} quels sont vos horaires le dimanche ?",
        "{b} combien de temps prend un remboursement en général ?",
        "Je pense passer chez {b}, des avis sur la nouvelle offre ?",
        "{b} où trouver mon numéro de contrat ?",
        "{b} l'appli est en panne ou c'est moi ?",
        "Première commande chez {b}, la {o}. On verra bien",
        "{b} je peux décaler mon rendez-vous à la semaine prochaine ?",
    ];

    public static readonly string[] FrenchPositive =
    [
        "Merci {b}, colis arrivé avec un jour d'avance !",
        "{b} problème de facture réglé en {n} minutes, bravo",
        "Super la nouvelle appli {b}, beaucoup plus rapide",
        "Merci {b} pour le remboursement rapide",
        "{b} conseillère adorable aujourd'hui, merci !",
        "Enfin la fibre grâce à {b}, le débit est top",
    ];

    public static readonly string[] EnglishBrandReplies =
    [
        "{u} Sorry to hear about this! Please send us a DM with your order number and we'll look into it right away.",
        "{u} We're really sorry for the trouble. Could you DM us the details so we can sort this out?",
        "{u} Apologies for the wait. Our team is on it, we'll update you by DM shortly.",
        "{u} That's not the experience we want for you. Please DM us your account details and we'll help.",
        "{u} Thanks for flagging this. We've passed it to the team and will follow up in DM.",
    ];

    public static readonly string[] FrenchBrandReplies =
    [
        "{u} Désolés pour ce désagrément ! Pouvez-vous nous écrire en MP avec votre numéro de commande ?",
        "{u} Toutes nos excuses. Envoyez-nous les détails en message privé, on s'en occupe.",
        "{u} Nous comprenons votre agacement, un conseiller revient vers vous en MP très vite.",
        "{u} Merci pour votre message, nous transmettons à l'équipe et revenons vers vous en privé.",
    ];

    public static readonly string[] NegativeEndings = ["", "", "", " 😡", " 😤", " !!!", " #fail", " 👎"];

    public static readonly string[] NeutralEndings = ["", "", "", " 🤔", " thx", " 🙂"];

    public static readonly string[] PositiveEndings = ["", "", " 🙏", " 👍", " ❤️", " 😊"];

    public static readonly string[] FrenchNeutralEndings = ["", "", "", " 🤔", " merci", " svp"];
}
