namespace Streams.Domain.Text;

/// <summary>The phrase rules behind <see cref="IntentDetector"/>, as topics of an internal taxonomy.</summary>
public static class IntentPhrases
{
    public const string Churn = "churn-threat";
    public const string Purchase = "purchase-intent";
    public const string Deal = "deal-seeking";
    public const string Thanks = "thanks";
    public const string QuestionOpener = "question-opener";

    /// <summary>"je quitte", "ditching": a churn threat only against a brand named right after it (<see cref="SwitchPhrases"/>).</summary>
    public const string LeaveOpener = "leave-opener";

    public static IReadOnlyList<TopicDefinition> All { get; } =
    [
        new(Churn,
            ["i'm switching", "im switching", "switching to", "i am switching", "cancel my account", "cancel my subscription", "cancel my contract", "close my account", "closing my account", "i'm leaving", "im leaving", "going to leave", "taking my business elsewhere", "never again", "never flying with you", "never ordering", "last time i use", "done with you", "moving to", "unsubscribe", "thinking of switching", "thinking about switching", "considering switching", "going to switch", "gonna switch", "switch providers", "switching providers", "switch banks", "switching banks", "cancelling my contract", "cancelling my subscription", "cancelling my account", "canceling my contract", "canceling my subscription", "canceling my account", "gonna leave", "find a new provider", "find a new bank", "looking for a new provider"],
            ["je vais résilier", "je résilie", "résilier mon", "je vais partir", "je pars chez", "je passe chez", "je change d'opérateur", "je change de banque", "passer chez la concurrence", "aller voir ailleurs", "voir ailleurs", "fermer mon compte", "clôturer mon compte", "plus jamais", "c'est fini avec", "je me désabonne", "dernière fois que", "changer d'opérateur", "changer de banque", "changer de fournisseur", "envisage de résilier", "résilier mon abonnement"]),
        new(Purchase,
            ["want to buy", "wanna buy", "going to buy", "thinking of buying", "planning to buy", "where can i buy", "where to buy", "how much is", "how much does", "is it in stock", "back in stock", "pre order", "preorder", "want to order", "can i order", "upgrade my plan", "upgrade my phone", "want to upgrade", "like to upgrade", "sign up for", "ready to order", "ready to buy", "about to buy", "about to order", "gonna buy", "going to order", "like to order", "like to buy", "available in", "in stock"],
            ["je veux acheter", "je vais acheter", "envie d'acheter", "où acheter", "ou acheter", "combien coûte", "quel est le prix", "quel prix", "en stock", "précommande", "je vais commander", "je veux commander", "voudrais acheter", "voudrais commander", "dispo en", "disponible en"]),
        new(Deal,
            ["promo code", "promo codes", "discount code", "discount", "coupon", "voucher code", "any deals", "deal", "deals", "sale", "black friday", "cheaper"],
            ["code promo", "codes promo", "réduction", "bon plan", "bons plans", "promo", "promotion", "soldes", "remise", "moins cher", "bon de réduction"]),
        new(Thanks,
            ["thanks", "thank you", "thx", "ty", "kudos", "shout out", "appreciate"],
            ["merci", "bravo", "félicitations"]),
        new(QuestionOpener,
            ["how", "why", "when", "where", "what", "who", "which", "can you", "could you", "is there", "are you", "do you", "does"],
            ["pourquoi", "comment", "quand", "où", "combien", "quel", "quelle", "est-ce que", "est ce que", "pouvez-vous", "avez-vous"]),
        new(LeaveOpener,
            ["switching from", "switch from", "moving away from", "quitting", "ditching", "dumping"],
            ["je quitte", "quitter", "je lâche", "résilier chez"]),
    ];
}
