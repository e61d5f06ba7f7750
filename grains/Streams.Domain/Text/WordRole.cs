namespace Streams.Domain.Text;

/// <summary>What a word does to its neighbours, besides any polarity of its own.</summary>
[Flags]
internal enum WordRole : ushort
{
    None = 0,

    /// <summary>Flips the polarity of the next few words ("not", "never", "pas", "sans").</summary>
    Negator = 1,

    /// <summary>A negator only after a "ne"/"n'" (French "plus", "personne"): alone, "plus" means "more".</summary>
    NegatorAfterNe = 2,

    /// <summary>French "ne"/"n'": negates on its own and licenses <see cref="NegatorAfterNe"/>.</summary>
    NeParticle = 4,

    /// <summary>"but"/"mais": what follows weighs more than what came before.</summary>
    Contrast = 8,

    /// <summary>First word of a multi-word phrase (idiom or complaint cue) worth trying.</summary>
    PhraseStart = 16,

    /// <summary>"thanks", "hope": positive only in a post that reports no problem (<see cref="CareRegister"/>).</summary>
    Courtesy = 32,

    /// <summary>"arrived", "answered", "reçu": negated, a complaint (<see cref="CareRegister"/>).</summary>
    ServiceAction = 64,

    /// <summary>"hours", "jours": after a number, a wait (<see cref="CareRegister"/>).</summary>
    TimeUnit = 128,

    /// <summary>A customer-care complaint cue (<see cref="ComplaintCues"/>): "delayed", "on hold", "en panne".</summary>
    ComplaintCue = 256,

    /// <summary>"please", "help": a request, which makes a "thanks" in the same post a sign-off (<see cref="CareRegister"/>).</summary>
    Request = 512,

    /// <summary>"arrived", "fixed", "reçu": after a mild complaint cue, the service happened (<see cref="CareRegister"/>).</summary>
    CompletedAction = 1024,

    /// <summary>A complaint cue listed as firm (<see cref="ComplaintCues.Firm"/>), even where the word keeps its lexicon polarity.</summary>
    FirmComplaintCue = 2048,

    /// <summary>"for", "pour", "de": after a courtesy word, what follows is what the writer thanks for (<see cref="CareRegister"/>).</summary>
    ThanksFor = 4096,

    /// <summary>"refund", "remboursement": a service a brand gives, which a customer may be thanking for (<see cref="CareRegister"/>).</summary>
    ServiceTopic = 8192,

    /// <summary>"in", "within", "en": before a counted time, how fast something was done, not a wait (<see cref="CareRegister"/>).</summary>
    WithinTime = 16384,

    /// <summary>The care roles, which leave a word's own polarity (or a French stem's) as it is.</summary>
    CareCues = Courtesy | ServiceAction | TimeUnit | ComplaintCue | Request | CompletedAction | FirmComplaintCue | ThanksFor | ServiceTopic
        | WithinTime,
}
