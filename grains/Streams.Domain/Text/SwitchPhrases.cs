using Streams.Abstractions.Brands;

namespace Streams.Domain.Text;

/// <summary>
/// Where a post's switching phrases point, brand by brand. A churn threat is brand-relative: "thinking about switching
/// to Acme" is a prospect for Acme, and counting it as churn against Acme would be exactly backwards; "je quitte Acme"
/// or "ditching Acme" is a threat against Acme even though "je quitte" alone ("je quitte le bureau") is none.
/// Runs only for posts that carry such a phrase, so it folds the text as plainly as it can.
/// </summary>
public static class SwitchPhrases
{
    private static readonly string[] Destinations = Folded(
    [
        "switching to", "switch to", "moving to", "move to", "going over to", "passer chez", "passe chez", "pars chez",
        "partir chez", "aller chez", "vais chez",
    ]);

    /// <summary>The phrases of <see cref="IntentPhrases.LeaveOpener"/>, which the intent detector finds and this class places.</summary>
    private static readonly string[] Departures = LeavePhrases();

    /// <summary>True when one of <paramref name="brand"/>'s name, aliases or handles directly follows a phrase of going to it.</summary>
    public static bool NamesDestination(string text, BrandConfig brand) => NamesAfter(text, brand, Destinations);

    /// <summary>True when one of <paramref name="brand"/>'s name, aliases or handles directly follows a phrase of leaving it.</summary>
    public static bool NamesLeft(string text, BrandConfig brand) => NamesAfter(text, brand, Departures);

    private static bool NamesAfter(string text, BrandConfig brand, string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(brand);
        var folded = TextFolding.Fold(text);
        foreach (var phrase in phrases)
        {
            for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetterOrDigit(folded[at - 1]))
                {
                    continue; // "unswitching to": not the phrase.
                }
                var next = at + phrase.Length;
                while (next < folded.Length && (char.IsWhiteSpace(folded[next]) || folded[next] is '@' or '#'))
                {
                    next++;
                }
                if (next > at + phrase.Length && NamesBrandAt(folded, next, brand))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static string[] LeavePhrases()
    {
        var leave = IntentPhrases.All.Single(t => t.Id == IntentPhrases.LeaveOpener);
        return Folded([.. leave.English, .. leave.French]);
    }

    private static string[] Folded(string[] phrases) => [.. phrases.Select(TextFolding.Fold)];

    private static bool NamesBrandAt(string folded, int at, BrandConfig brand)
    {
        if (StartsWithTerm(folded, at, brand.Name))
        {
            return true;
        }
        foreach (var alias in brand.Aliases)
        {
            if (StartsWithTerm(folded, at, alias))
            {
                return true;
            }
        }
        foreach (var handle in brand.Handles)
        {
            if (StartsWithTerm(folded, at, handle.Handle.TrimStart('@')))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The folded text holds <paramref name="term"/> at <paramref name="at"/> as a whole word or words.</summary>
    private static bool StartsWithTerm(string folded, int at, string term)
    {
        if (term.Length == 0 || at + term.Length > folded.Length)
        {
            return false;
        }
        var foldedTerm = TextFolding.Fold(term);
        var end = at + foldedTerm.Length;
        return string.CompareOrdinal(folded, at, foldedTerm, 0, foldedTerm.Length) == 0
            && (end == folded.Length || !char.IsLetterOrDigit(folded[end]));
    }
}
