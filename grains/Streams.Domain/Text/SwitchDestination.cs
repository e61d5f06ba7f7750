using Streams.Abstractions.Brands;

namespace Streams.Domain.Text;

/// <summary>
/// Whether a post's switching phrase names a brand as where its author is going: "thinking about switching to Acme",
/// "je passe chez Acme". A churn threat is brand-relative. For the brand left behind it is churn; for the brand named
/// after "switching to" it is a prospect, and counting it as churn against that brand would be exactly backwards.
/// Runs only for posts that carry a churn threat, so it folds the text as plainly as it can.
/// </summary>
public static class SwitchDestination
{
    private static readonly string[] Phrases =
    [
        "switching to", "switch to", "moving to", "move to", "going over to", "passer chez", "passe chez", "pars chez",
        "partir chez", "aller chez", "vais chez",
    ];

    /// <summary>True when one of <paramref name="brand"/>'s name, aliases or handles directly follows a switching phrase.</summary>
    public static bool Names(string text, BrandConfig brand)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(brand);
        var folded = TextFolding.Fold(text);
        foreach (var phrase in Phrases)
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
