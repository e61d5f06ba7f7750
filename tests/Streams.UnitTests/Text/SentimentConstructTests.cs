using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>
/// The constructs the text-understanding issue names (negation, intensifiers, contrast, emoji and emoticons,
/// elongation, capitals, exclamation, sarcasm markers) and the care register, read by the shipped model with its
/// guards, exactly as the pipeline scores a post. Hand-written posts, not drawn from any labelled set. "pos|neu"
/// accepts either: "not bad" is mild praise or no sentiment, never a complaint.
/// </summary>
public sealed class SentimentConstructTests
{
    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.Shared;

    public static TheoryData<string, string, Language> Constructs => new()
    {
        // negation
        { "pos|neu", "Acme is not bad at all actually", Language.English },
        { "pos|neu", "not bad, Acme, not bad", Language.English },
        { "pos|neu", "honestly the new Acme app is not bad", Language.English },
        { "neg", "the Acme app is not good", Language.English },
        { "neg", "I'm not happy with Acme at all", Language.English },
        { "neg", "@AcmeCare my order is not what I paid for, not happy", Language.English },
        { "pos|neu", "Acme n'est pas mal du tout", Language.French },
        { "pos|neu", "franchement pas mal la nouvelle appli Acme", Language.French },
        { "neg", "le service Acme c'est pas terrible", Language.French },
        { "neg", "je ne suis pas content du service Acme", Language.French },
        { "pos|neu", "no problem at all with my Acme delivery", Language.English },
        { "pos|neu", "aucun problème avec ma livraison Acme", Language.French },
        // intensifiers
        { "pos", "Acme support is very helpful", Language.English },
        { "pos", "Acme support is extremely helpful, thank you", Language.English },
        { "neg", "Acme support is extremely unhelpful", Language.English },
        { "neg", "le service client Acme est vraiment nul", Language.French },
        // contrast
        { "neg", "the staff were nice but my Acme order is still missing", Language.English },
        { "pos", "the delay was annoying but Acme staff were great and fixed it", Language.English },
        { "neg", "l'équipe est sympa mais ma commande Acme n'est toujours pas arrivée", Language.French },
        { "pos", "le retard était pénible mais l'équipe Acme était géniale", Language.French },
        // emoji and emoticons
        { "pos", "Acme delivery came early 😍", Language.English },
        { "neg", "Acme delivery late again 😡", Language.English },
        { "pos", "new Acme phone arrived :)", Language.English },
        { "neg", "Acme app down again :(", Language.English },
        { "pos", "livraison Acme au top 👍", Language.French },
        { "neg", "Acme encore en panne 👎", Language.French },
        // elongation, caps, exclamation
        { "pos", "Acme you are soooo good", Language.English },
        { "neg", "Acme you are sooo slow", Language.English },
        { "neg", "Acme this is UNACCEPTABLE", Language.English },
        { "pos", "thank you Acme!!!", Language.English },
        { "neg", "worst service ever Acme!!!", Language.English },
        // sarcasm markers
        { "neg", "great, Acme cancelled my order again. just great.", Language.English },
        { "neg", "oh wonderful, another Acme outage, thanks a lot 🙄", Language.English },
        { "neg", "love waiting 2 hours on hold with Acme /s", Language.English },
        { "neg", "so glad Acme doubled my bill #sarcasm", Language.English },
        { "neg", "bravo Acme, encore un colis perdu 🙄", Language.French },
        { "neg", "merci @AcmeCare pour rien", Language.French },
        { "neg", "thanks @AcmeCare for nothing", Language.English },
        // care register
        { "neg", "@AcmeCare still waiting for a reply to my email from last week", Language.English },
        { "neg", "@AcmeCare my order still hasn't arrived, 2 weeks now", Language.English },
        { "neg", "@AcmeCare been on hold for 45 minutes", Language.English },
        { "neg", "@AcmeCare charged me twice this month and nobody answers", Language.English },
        { "neg", "@AcmeCare app keeps crashing when I log in", Language.English },
        { "pos", "thanks @AcmeCare for sorting my refund so fast!", Language.English },
        { "pos", "thanks @AcmeCare for the refund!", Language.English },
        { "neg", "thanks for the delay @AcmeCare", Language.English },
        { "pos", "merci @AcmeCare pour le remboursement rapide", Language.French },
        { "pos", "thanks @AcmeCare, the refund arrived today!", Language.English },
        { "pos", "@AcmeCare yes that worked, thank you", Language.English },
        { "neu", "@AcmeCare how do I change my delivery address?", Language.English },
        { "neu", "@AcmeCare DM sent", Language.English },
        { "neg", "Acme: impossible de me connecter à mon compte depuis hier", Language.French },
        { "pos", "merci @AcmeCare, colis reçu ce matin, parfait", Language.French },
        { "neg", "@AcmeCare toujours pas de réponse à mon mail", Language.French },
        { "neu", "@AcmeCare comment changer mon adresse de livraison ?", Language.French },
        { "neg", "merci Acme pour rien", Language.French },
        // more care posts, written to look for what the rules above still missed
        { "neg", "@AcmeCare I've been charged a cancellation fee I never agreed to", Language.English },
        { "neg", "@AcmeCare your app logged me out and now I can't get back in", Language.English },
        { "neg", "Acme internet has been down since 8am, working from home is impossible", Language.English },
        { "neg", "@AcmeCare third time I'm explaining my issue to a different agent", Language.English },
        { "neg", "Acme sent me the wrong size and the return label doesn't work", Language.English },
        { "neg", "@AcmeCare 40 minutes in the queue and then the call dropped", Language.English },
        { "neg", "Acme support closed my ticket without fixing anything", Language.English },
        { "neg", "@AcmeCare why is my bill £30 higher this month?", Language.English },
        { "neg", "Acme flight delayed 4 hours, no food vouchers, no information", Language.English },
        { "neg", "@AcmeCare my card was declined three times but the money left my account", Language.English },
        { "neg", "never ordering from Acme again", Language.English },
        { "neg", "@AcmeCare I want to speak to a manager", Language.English },
        { "neu", "@AcmeCare what time does the Paris store open on Sunday?", Language.English },
        { "neu", "@AcmeCare do you deliver to Belgium?", Language.English },
        { "neu", "@AcmeCare can I change my seat online?", Language.English },
        { "neu", "Acme is launching a new phone next week according to the press", Language.English },
        { "neu", "@AcmeCare I sent you a DM with my order number", Language.English },
        { "neu", "just ordered the new Acme headphones", Language.English },
        { "pos", "@AcmeCare Sarah on the chat was brilliant, sorted everything in 5 minutes", Language.English },
        { "pos", "@AcmeCare problem solved, thank you!", Language.English },
        { "pos", "shoutout to Acme for the fast delivery", Language.English },
        { "pos", "Acme customer service is actually amazing", Language.English },
        { "pos", "@AcmeCare cheers, all working now", Language.English },
        { "pos", "the new Acme update is great, much faster", Language.English },
        { "pos", "@AcmeCare thanks for getting back to me so quickly", Language.English },
        { "neg", "@AcmeCare toujours pas reçu ma commande passée il y a 3 semaines", Language.French },
        { "neg", "@AcmeCare on m'a facturé deux fois ce mois-ci", Language.French },
        { "neg", "Acme, 45 minutes d'attente au téléphone pour rien", Language.French },
        { "neg", "@AcmeCare ma box ne fonctionne plus depuis lundi", Language.French },
        { "neg", "@AcmeCare colis marqué livré mais jamais reçu", Language.French },
        { "neg", "service client Acme injoignable, c'est inadmissible", Language.French },
        { "neg", "@AcmeCare personne ne répond à mes mails", Language.French },
        { "neu", "@AcmeCare à quelle heure ouvre la boutique de Lyon ?", Language.French },
        { "neu", "@AcmeCare je vous ai envoyé un message privé", Language.French },
        { "pos", "@AcmeCare merci, problème réglé !", Language.French },
        { "pos", "merci @AcmeCare pour votre réactivité", Language.French },
        { "pos", "super accueil chez Acme aujourd'hui", Language.French },
        { "pos", "@AcmeCare colis livré en avance, merci", Language.French },
        // airline care, and praise or facts beside mild cue words (a cue must not turn them into complaints)
        { "neg", "@AcmeAir flight AC123 delayed again, no explanation from the crew", Language.English },
        { "neg", "@AcmeAir sat on the tarmac for 2 hours with no AC", Language.English },
        { "neg", "@AcmeAir my bag didn't make it to Denver", Language.English },
        { "neg", "@AcmeAir missed my connection because of your delay, now stuck overnight", Language.English },
        { "neg", "@AcmeAir gate agent was incredibly rude to my elderly mother", Language.English },
        { "neg", "@AcmeAir Cancelled Flightled again", Language.English },
        { "neg", "@AcmeAir 3rd time this month my flight has been rescheduled", Language.English },
        { "neg", "@AcmeAir been trying to get through to reservations all morning", Language.English },
        { "neg", "@AcmeAir why does it take 6 weeks to process a refund", Language.English },
        { "neg", "@AcmeAir your website won't let me check in", Language.English },
        { "neg", "@AcmeAir no pillows, no blankets, no wifi on a 9 hour flight", Language.English },
        { "neg", "@AcmeAir seat 23B is broken and nobody cares", Language.English },
        { "neg", "@AcmeAir lost my luggage and the claim form link is dead", Language.English },
        { "neg", "@AcmeAir the app says on time but the board says delayed", Language.English },
        { "neg", "@AcmeAir overbooked and bumped, no compensation offered", Language.English },
        { "neu", "@AcmeAir what's the baggage allowance to London?", Language.English },
        { "neu", "@AcmeAir can I bring my guitar as a carry-on?", Language.English },
        { "neu", "@AcmeAir is flight 456 on time?", Language.English },
        { "neu", "@AcmeAir do you fly to Lisbon in winter?", Language.English },
        { "neu", "@AcmeAir just sent you a DM with my confirmation code", Language.English },
        { "neu", "@AcmeAir flying to Chicago tomorrow", Language.English },
        { "pos", "@AcmeAir crew on AC88 were fantastic, thank you", Language.English },
        { "pos", "@AcmeAir smooth flight and early arrival, well done", Language.English },
        { "pos", "@AcmeAir thanks for rebooking me so quickly", Language.English },
        { "pos", "@AcmeAir the upgrade was a lovely surprise!", Language.English },
        { "pos", "@AcmeAir best airline, always on time", Language.English },
        { "pos", "@AcmeAir thank you for finding my bag!", Language.English },
        { "pos", "@AcmeAir your agent Maria went above and beyond", Language.English },
        { "neg", "@AcmeAir vol annulé et aucune solution proposée", Language.French },
        { "neg", "@AcmeAir 3 heures de retard et pas un mot d'excuse", Language.French },
        { "neg", "@AcmeAir ma valise n'est jamais arrivée", Language.French },
        { "pos", "@AcmeAir équipage adorable, vol parfait", Language.French },
        { "neu", "@AcmeAir quelle est la franchise bagages pour Montréal ?", Language.French },
        { "pos", "second time flying with Acme, loved it!", Language.English },
        { "pos", "@AcmeAir rescheduled my flight in two minutes, brilliant service", Language.English },
        { "pos", "@AcmeCare got through to someone straight away, very helpful", Language.English },
        { "pos", "customer service sorted it all out, great job Acme", Language.English },
        { "pos", "@AcmeCare problem fixed in minutes, you're the best", Language.English },
        { "neu", "my flight was rescheduled to 9am", Language.English },
        { "neg", "@AcmeCare second time asking: do you ship to Canada?", Language.English },
        { "pos", "love the new Acme app, no issues at all", Language.English },
        { "pos", "no complaints, Acme delivered on time", Language.English },
        { "pos", "pas de souci, livraison rapide, merci Acme", Language.French },
        { "pos", "aucun problème, équipe au top", Language.French },
        { "neu", "Acme opens a new store in Lyon today", Language.English },
        { "neu", "Acme announces quarterly results on Friday", Language.English },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void The_pipeline_s_sentiment_reads_the_construct(string expected, string text, Language language)
    {
        var score = Analyzer.Score(text, language);
        var label = score <= -0.05 ? "neg" : score >= 0.05 ? "pos" : "neu";

        Assert.True(expected.Split('|').Contains(label), $"expected {expected}, got {label} ({score:F2})");
    }
}
