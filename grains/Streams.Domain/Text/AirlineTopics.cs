namespace Streams.Domain.Text;

/// <summary>
/// An industry taxonomy for airlines, to pass to <see cref="TopicTaxonomy.Compile"/> (replace) or
/// <see cref="TopicTaxonomy.Extend"/>. Its ids follow the reasons care teams at airlines log, so agreement with a
/// labelled set can be measured.
/// </summary>
public static class AirlineTopics
{
    public static IReadOnlyList<TopicDefinition> All { get; } =
    [
        new("late-flight",
            ["delayed", "delay", "delays", "late", "late flight", "hours late", "still at the gate", "tarmac", "on the ground", "waiting to take off", "pushed back", "missed my connection", "missed connection", "misconnect"],
            ["retard", "en retard", "retardé", "retardée", "correspondance ratée", "raté ma correspondance"]),
        new("cancelled-flight",
            ["cancelled", "canceled", "cancellation", "cancelled flightled", "flight cancelled", "rebook*", "rescheduled"],
            ["annulé", "annulée", "vol annulé", "annulation"]),
        new("lost-luggage",
            ["lost luggage", "lost bag", "lost my bag", "lost bags", "baggage", "luggage", "bag", "bags", "suitcase", "baggage claim", "delayed bag", "delayed baggage"],
            ["bagage", "bagages", "valise", "bagage perdu", "valise perdue"]),
        new("damaged-luggage",
            ["damaged bag", "damaged luggage", "broken bag", "broken suitcase", "damaged suitcase", "ripped", "torn"],
            ["valise cassée", "bagage endommagé", "valise abîmée"]),
        new("customer-service",
            ["customer service", "on hold", "hold", "call", "phone", "agent", "agents", "rep", "no response", "no answer", "hung up", "rude", "dm", "reservations line", "call back", "unhelpful", "nobody"],
            ["service client", "conseiller", "hotline", "aucune réponse", "injoignable"]),
        new("booking-problems",
            ["booking", "book", "booked", "reservation", "website", "app", "ticket", "change fee", "seat assignment", "confirmation", "itinerary", "voucher", "refund", "credit card", "points", "miles"],
            ["réservation", "billet", "site", "application", "remboursement"]),
        new("flight-attendants",
            ["flight attendant", "flight attendants", "stewardess", "crew", "cabin crew", "attendant"],
            ["hôtesse", "steward", "équipage", "personnel de bord"]),
        new("bad-flight",
            ["seat", "seats", "legroom", "wifi", "entertainment", "food", "snack", "dirty", "uncomfortable", "cold", "hot", "smell", "turbulence", "overhead bin", "middle seat"],
            ["siège", "sièges", "repas", "sale", "inconfortable"]),
        new("long-lines",
            ["line", "lines", "long line", "queue", "security line", "check in", "check-in", "counter", "ticket counter"],
            ["file d'attente", "queue", "enregistrement", "comptoir"]),
    ];
}
