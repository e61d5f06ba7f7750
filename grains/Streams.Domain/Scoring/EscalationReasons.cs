using System.Globalization;

namespace Streams.Domain.Scoring;

/// <summary>
/// The sentences an agent reads to understand an escalation at a glance, most telling first:
/// "author has 48k followers", "23 reposts in 10 minutes", "threatens to leave (churn threat)",
/// "topics: delivery, returns-refunds", "no answer for 35 minutes, target 60".
/// </summary>
public static class EscalationReasons
{
    /// <param name="topics">The post's issue topics under the brand's taxonomy; none, no sentence.</param>
    /// <param name="churnThreat">The author threatens to leave this brand (not to switch to it).</param>
    public static IReadOnlyList<string> Build(
        SpreadSnapshot spread,
        long authorFollowers,
        bool authorVerified,
        double sentiment,
        TimeSpan unansweredFor,
        int responseTargetMinutes,
        IReadOnlyList<string> topics,
        bool churnThreat)
    {
        ArgumentNullException.ThrowIfNull(topics);
        // Built for every published revision: a plain array (a checkpoint shares it as it is; a
        // collection expression typed as IReadOnlyList would be a compiler-generated type).
        var window = (int)ViralityScorer.RecentWindow.TotalMinutes;
        var minutes = (long)Math.Floor(Math.Max(0, unansweredFor.TotalMinutes));
        var unit = minutes == 1 ? "minute" : "minutes";
        var reasons = new string[5 + (churnThreat ? 1 : 0) + (topics.Count > 0 ? 1 : 0)];
        var n = 0;
        reasons[n++] = spread.RecentReshares > 0
            ? $"{spread.RecentReshares} {Reshares(spread.RecentReshares)} in {window} minutes ({spread.TotalReshares} in total)"
            : $"{spread.TotalReshares} {Reshares(spread.TotalReshares)} in total";
        reasons[n++] = $"author has {Compact(authorFollowers)} followers{(authorVerified ? " (verified)" : string.Empty)}";
        reasons[n++] = $"reach {Compact(spread.Reach)} (author and resharers' followers)";
        reasons[n++] = string.Create(CultureInfo.InvariantCulture, $"negative sentiment {sentiment:0.00}");
        if (churnThreat)
        {
            reasons[n++] = "threatens to leave (churn threat)";
        }
        if (topics.Count > 0)
        {
            reasons[n++] = $"topics: {string.Join(", ", topics)}";
        }
        reasons[n] = minutes > responseTargetMinutes
            ? $"no answer for {minutes} {unit}, past the {responseTargetMinutes}-minute target"
            : $"no answer for {minutes} {unit}, target {responseTargetMinutes}";
        return reasons;
    }

    /// <summary>950, 1.2k, 48k, 1.3M: how people read follower counts.</summary>
    public static string Compact(long value)
    {
        var inv = CultureInfo.InvariantCulture;
        return value switch
        {
            < 1_000 => value.ToString(inv),
            < 10_000 => (value / 1_000d).ToString("0.#", inv) + "k",
            < 1_000_000 => (value / 1_000).ToString(inv) + "k",
            < 10_000_000 => (value / 1_000_000d).ToString("0.#", inv) + "M",
            _ => (value / 1_000_000).ToString(inv) + "M",
        };
    }

    private static string Reshares(int count) => count == 1 ? "reshare" : "reshares";
}
