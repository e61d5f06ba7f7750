namespace Streams.Domain.Text;

/// <summary>
/// The care register's rules over a post's tokens (the word lists are in <see cref="CareRegister"/>): which service
/// actions and counted waits are complaints, which mild cues a completed action or a "thanks for" resolves, and what a
/// "thanks for" thanks for. Called by <see cref="SentimentAnalyzer"/> between phrase matching and the final sum.
/// </summary>
internal static class CareRules
{
    /// <summary>
    /// Marks what a "thanks for" thanks for: the tokens after a "for" that follows a courtesy word in its clause
    /// ("thank you so much for the refund", "merci pour le remboursement"), and those after an action among them.
    /// </summary>
    public static void MarkThanked(Span<ScoredToken> tokens)
    {
        for (var f = 1; f < tokens.Length; f++)
        {
            if ((tokens[f].Roles & WordRole.ThanksFor) == 0 || !CourtesyBefore(tokens, f))
            {
                continue;
            }
            if (f + 1 < tokens.Length && (tokens[f + 1].Roles & WordRole.Negator) != 0 && tokens[f + 1].Clause == tokens[f].Clause
                && (f + 2 == tokens.Length || tokens[f + 2].Clause != tokens[f].Clause))
            {
                // "thanks Acme for nothing", "merci SNCF pour rien": the idiom with a name inside it.
                tokens[f + 1].Valence = CareRegister.ThanksForNothing;
                tokens[f + 1].Roles = WordRole.None;
                tokens[f + 1].InPhrase = true;
                continue;
            }
            var action = false;
            for (var j = f + 1; j < tokens.Length && j <= f + CareRegister.ThanksReach && tokens[j].Clause == tokens[f].Clause; j++)
            {
                tokens[j].Thanked = true;
                tokens[j].AfterThankedAction = action;
                action |= tokens[j].Gerund || (tokens[j].Roles & WordRole.CompletedAction) != 0;
            }
        }
    }

    private static bool CourtesyBefore(ReadOnlySpan<ScoredToken> tokens, int f)
    {
        for (var j = f - 1; j >= 0 && j >= f - CareRegister.ThanksLead && tokens[j].Clause == tokens[f].Clause; j--)
        {
            if ((tokens[j].Roles & WordRole.Courtesy) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a mild complaint cue at <paramref name="i"/> is the topic of a resolution, not a complaint: a completed
    /// service follows it ("the refund arrived"), or it is what a "thanks for" thanks for and names a service or follows
    /// an action ("thanks for the refund", "thanks for fixing the issue"). Firm cues never resolve.
    /// </summary>
    public static bool IsResolved(ReadOnlySpan<ScoredToken> tokens, int i)
    {
        var token = tokens[i];
        if ((token.Roles & (WordRole.ComplaintCue | WordRole.FirmComplaintCue)) != WordRole.ComplaintCue)
        {
            return false;
        }
        return Fulfilled(tokens, i)
            || (token.Thanked && ((token.Roles & WordRole.ServiceTopic) != 0 || token.AfterThankedAction));
    }

    /// <summary>
    /// The complaint a service action or time unit makes in a post to a brand (see <see cref="CareRegister"/>): a negated
    /// service action ("never answered", "jamais remboursé") or a counted wait ("45 minutes"); 0 for anything else.
    /// </summary>
    public static float Cue(ReadOnlySpan<ScoredToken> tokens, int i)
    {
        var token = tokens[i];
        if ((token.Roles & WordRole.ServiceAction) != 0 && !token.InPhrase && IsNegated(tokens, i))
        {
            return CareRegister.FailedAction;
        }
        if ((token.Roles & WordRole.TimeUnit) != 0 && i > 0 && tokens[i - 1].Numeric && tokens[i - 1].Clause == token.Clause
            && !(i > 1 && (tokens[i - 2].Roles & WordRole.WithinTime) != 0 && tokens[i - 2].Clause == token.Clause))
        {
            return CareRegister.CountedWait;
        }
        return 0;
    }

    /// <summary>
    /// Whether a mild complaint cue is followed, in its clause and within the negation window, by a completed service
    /// action that nothing negates ("refund arrived", "issue fixed"), or is one itself ("remboursé").
    /// </summary>
    private static bool Fulfilled(ReadOnlySpan<ScoredToken> tokens, int i)
    {
        var clause = tokens[i].Clause;
        for (var j = i; j < tokens.Length && j <= i + SentimentRules.Window && tokens[j].Clause == clause; j++)
        {
            if ((tokens[j].Roles & WordRole.Negator) != 0)
            {
                return false;
            }
            if ((tokens[j].Roles & WordRole.CompletedAction) != 0)
            {
                return !IsNegated(tokens, i);
            }
        }
        return false;
    }

    /// <summary>A negator within the negation window before token <paramref name="i"/>, in its clause.</summary>
    private static bool IsNegated(ReadOnlySpan<ScoredToken> tokens, int i)
    {
        for (var distance = 1; distance <= SentimentRules.Window && i - distance >= 0; distance++)
        {
            var before = tokens[i - distance];
            if (before.Clause != tokens[i].Clause)
            {
                return false;
            }
            if ((before.Roles & WordRole.Negator) != 0)
            {
                return true;
            }
        }
        return false;
    }
}
