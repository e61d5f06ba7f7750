namespace Streams.Domain.Text;

/// <summary>
/// The default issue taxonomy: what care teams route on. Written for this project from general customer-care
/// vocabulary; a word that is ambiguous alone ("order", "commande") only counts inside a phrase.
/// </summary>
public static class IssueTopics
{
    public const string Delivery = "delivery";
    public const string ReturnsAndRefunds = "returns-refunds";
    public const string BillingAndPricing = "billing-pricing";
    public const string CustomerService = "customer-service";
    public const string ProductQuality = "product-quality";
    public const string Outage = "outage-technical";
    public const string AccountAndAccess = "account-access";
    public const string Cancellation = "cancellation";

    public static IReadOnlyList<TopicDefinition> All { get; } =
    [
        new(Delivery,
            ["delivery", "delivered", "deliver", "shipping", "shipped", "shipment", "parcel", "package", "courier", "tracking", "tracking number", "out for delivery", "never arrived", "hasn't arrived", "not arrived", "where is my order", "late order", "dispatch*"],
            ["livraison", "livré", "livrée", "livrer", "livreur", "colis", "expédition", "expédié", "suivi de commande", "numéro de suivi", "jamais reçu", "pas reçu", "toujours pas reçu", "point relais", "chronopost", "colissimo"]),
        new(ReturnsAndRefunds,
            ["refund", "refunds", "refunded", "return", "returned", "returns", "money back", "exchange", "reimburse*", "chargeback", "store credit"],
            ["rembours*", "retour", "retourner", "renvoyer", "échange", "avoir", "rétractation"]),
        new(BillingAndPricing,
            ["bill", "billing", "billed", "invoice", "charge", "charged", "overcharged", "double charged", "charged twice", "fee", "fees", "price", "prices", "pricing", "expensive", "payment", "subscription price", "direct debit", "price increase", "price rise"],
            ["facture", "facturé", "facturation", "prélèvement", "prélevé", "débité", "débit", "frais", "prix", "tarif", "tarifs", "paiement", "trop cher", "hors de prix", "augmentation"]),
        new(CustomerService,
            ["customer service", "customer support", "support team", "agent", "on hold", "hold music", "call center", "no response", "no reply", "no answer", "nobody answers", "hung up", "rude", "unhelpful", "chat", "callback", "representative", "dm", "still waiting for a reply"],
            ["service client", "service clients", "sav", "conseiller", "conseillère", "hotline", "standard", "aucune réponse", "pas de réponse", "sans réponse", "injoignable", "personne ne répond", "raccroché", "en attente", "impoli", "mépris"]),
        new(ProductQuality,
            ["broken", "defective", "faulty", "damaged", "cracked", "quality", "poor quality", "stopped working", "doesn't work", "does not work", "not working", "wrong size", "wrong item", "battery", "stale", "expired", "fell apart", "falling apart", "falls apart", "ripped", "torn", "leaking", "leaks"],
            ["cassé", "cassée", "défectueux", "défectueuse", "abîmé", "abîmée", "endommagé", "qualité", "mauvaise qualité", "ne fonctionne plus", "ne marche plus", "mauvaise taille", "périmé", "batterie", "déchiré", "déchirée", "fuite"]),
        new(Outage,
            ["outage", "down", "is down", "offline", "no signal", "no service", "no internet", "no connection", "network", "bug", "buggy", "glitch", "crash*", "error", "not loading", "won't load", "app", "website", "update broke", "wifi", "server"],
            ["panne", "en panne", "coupure", "plus de réseau", "pas de réseau", "réseau", "bug", "beug", "plante", "planté", "erreur", "connexion", "appli", "application", "site", "internet", "wifi", "fibre", "box"]),
        new(AccountAndAccess,
            ["account", "login", "log in", "sign in", "password", "locked out", "locked", "blocked", "suspended", "hacked", "verification code", "two factor", "2fa", "username"],
            ["compte", "identifiant", "identifiants", "mot de passe", "connexion impossible", "bloqué", "bloquée", "suspendu", "piraté", "code de vérification", "me connecter"]),
        new(Cancellation,
            ["cancel", "cancelled", "canceled", "cancellation", "cancelling", "unsubscribe", "terminate", "close my account", "end my contract", "switching to", "leaving"],
            ["résilier", "résiliation", "résilié", "annuler", "annulé", "annulée", "annulation", "désabonner", "désabonnement", "fin de contrat", "je pars chez", "partir chez"]),
    ];
}
