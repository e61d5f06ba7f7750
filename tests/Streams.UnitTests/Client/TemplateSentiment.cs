using System.Text.RegularExpressions;
using Streams.Client.Generation;

namespace Streams.UnitTests.Client;

/// <summary>Recovers the intended tone of a generated post by matching its text against the templates.</summary>
internal static class TemplateSentiment
{
    private static readonly (Regex Pattern, Sentiment Sentiment)[] Patterns = Build();

    public static Sentiment Of(GeneratedEvent post)
    {
        string text = post.Root.GetProperty("text").GetString()!;
        foreach (var (pattern, sentiment) in Patterns)
        {
            if (pattern.IsMatch(text))
            {
                return sentiment;
            }
        }
        throw new InvalidOperationException("No template matches: " + text);
    }

    private static (Regex, Sentiment)[] Build()
    {
        var sets = new (string[] Texts, Sentiment Sentiment)[]
        {
            (PostTexts.EnglishNegative, Sentiment.Negative), (PostTexts.FrenchNegative, Sentiment.Negative),
            (PostTexts.EnglishNeutral, Sentiment.Neutral), (PostTexts.FrenchNeutral, Sentiment.Neutral),
            (PostTexts.EnglishPositive, Sentiment.Positive), (PostTexts.FrenchPositive, Sentiment.Positive),
        };
        return sets
            .SelectMany(set => set.Texts.Select(text => (new Regex("^" + Regex.Escape(text)
                .Replace(@"\{b}", ".+?", StringComparison.Ordinal)
                .Replace(@"\{o}", "[0-9]+", StringComparison.Ordinal)
                .Replace(@"\{n}", "[0-9]+", StringComparison.Ordinal), RegexOptions.Singleline), set.Sentiment)))
            .ToArray();
    }
}
