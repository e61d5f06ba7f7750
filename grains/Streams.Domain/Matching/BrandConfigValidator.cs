using System.Globalization;
using System.Text.RegularExpressions;
using Streams.Abstractions.Brands;

namespace Streams.Domain.Matching;

/// <summary>
/// Checks a brand registration before it is accepted. Returns every problem at once, in plain words, so the
/// caller can answer 400 with the full list instead of one error per attempt.
/// </summary>
public static partial class BrandConfigValidator
{
    public const int MinResponseTargetMinutes = 1;
    public const int MaxResponseTargetMinutes = 10_080;

    /// <summary>Problems with <paramref name="brand"/>; empty when it can be registered.</summary>
    public static IReadOnlyList<string> Validate(BrandConfig brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        var problems = new List<string>();

        if (string.IsNullOrWhiteSpace(brand.Id))
        {
            problems.Add("id is empty");
        }
        else if (!IsValidId(brand.Id))
        {
            problems.Add($"id '{brand.Id}' must start with a letter or digit and contain only letters, digits, '_', '.' or '-', 64 characters at most");
        }

        if (string.IsNullOrWhiteSpace(brand.Name))
        {
            problems.Add("name is empty");
        }
        else if (MatchText.Words(brand.Name).Length == 0)
        {
            problems.Add($"name '{brand.Name}' has no letter or digit to match on");
        }

        if (brand.Handles is null)
        {
            problems.Add("handles is missing (use an empty list for none)");
        }
        else
        {
            foreach (var handle in brand.Handles)
            {
                var name = handle?.Handle ?? string.Empty;
                var bare = name.StartsWith('@') ? name[1..] : name;
                if (bare.Length == 0)
                {
                    problems.Add("a handle is empty");
                }
                else if (!bare.All(MatchText.IsHandleChar))
                {
                    problems.Add($"handle '{name}' may only contain letters A-Z, digits, '_' and '.'");
                }
            }
        }

        if (brand.Aliases is null)
        {
            problems.Add("aliases is missing (use an empty list for none)");
        }
        else
        {
            foreach (var alias in brand.Aliases)
            {
                if (alias is null || MatchText.Words(alias).Length == 0)
                {
                    problems.Add($"alias '{alias}' has no letter or digit to match on");
                }
            }
        }

        foreach (var language in brand.Languages ?? [])
        {
            // The languages the brand's care team answers in: shown to agents and clients, so a typo would mislead.
            if (language is null || !LanguageTagPattern().IsMatch(language))
            {
                problems.Add($"language '{language}' is not a language code such as 'en', 'fr' or 'pt-BR'");
            }
        }

        if (brand.ResponseTargetMinutes is < MinResponseTargetMinutes or > MaxResponseTargetMinutes)
        {
            problems.Add($"responseTargetMinutes must be between {MinResponseTargetMinutes} and {MaxResponseTargetMinutes} (got {brand.ResponseTargetMinutes})");
        }

        var e = brand.Escalation;
        if (e is null)
        {
            problems.Add("escalation is missing");
            return problems;
        }
        if (!double.IsFinite(e.Threshold) || !double.IsFinite(e.Severity3) || !double.IsFinite(e.Severity2) || !double.IsFinite(e.Severity1))
        {
            problems.Add("escalation thresholds must be numbers");
        }
        else if (!(e.Threshold >= 0 && e.Threshold < e.Severity3 && e.Severity3 < e.Severity2 && e.Severity2 < e.Severity1 && e.Severity1 <= 100))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"escalation thresholds must increase within 0..100: threshold < severity3 < severity2 < severity1 <= 100 (got {e.Threshold}, {e.Severity3}, {e.Severity2}, {e.Severity1})"));
        }
        if (!(e.NegativeSentiment >= -1 && e.NegativeSentiment <= 0))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"escalation.negativeSentiment must be between -1 and 0 (got {e.NegativeSentiment})"));
        }
        if (e.MinReshares < 0)
        {
            problems.Add($"escalation.minReshares must not be negative (got {e.MinReshares})");
        }
        return problems;
    }

    /// <summary>
    /// The rule for ids that appear in URLs and API keys (brands, and a brand's topics): a letter or digit, then
    /// letters, digits, '_', '.' or '-', 64 characters at most.
    /// </summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    // \z rather than $: $ would also accept an id ending in "\n".
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    // An ISO 639 code of two or three letters, optionally with a region or script: "en", "fr-CA", "zh-Hant".
    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();
}
