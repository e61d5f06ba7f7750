using Streams.Abstractions.Brands;

namespace Streams.Domain.Scoring;

/// <summary>
/// Decides whether a post is an escalation for a brand: negative, unanswered, spreading, with the
/// spread weighted by how influential the author is. The score is virality × (0.5 + influence/100):
/// an unknown author's post must spread twice as much as that of an author at influence 50 to reach
/// the same score, and a top author's post 1.5 times less.
/// </summary>
public static class EscalationPolicy
{
    public static double ScoreOf(double virality, double authorInfluence) =>
        Math.Clamp(virality * (0.5 + authorInfluence / 100), 0, 100);

    /// <param name="unansweredFor">Event time since the post was published; past the brand's response
    /// target the severity is one step worse, because the brand is now also late.</param>
    public static EscalationAssessment Assess(
        double sentiment,
        bool answered,
        SpreadSnapshot spread,
        double authorInfluence,
        TimeSpan unansweredFor,
        int responseTargetMinutes,
        EscalationSettings settings)
    {
        var score = ScoreOf(spread.Virality, authorInfluence);
        var escalate = !answered
            && sentiment <= settings.NegativeSentiment
            && spread.TotalReshares >= settings.MinReshares
            && score >= settings.Threshold;
        if (!escalate)
        {
            return new EscalationAssessment(false, 0, score);
        }
        var severity = SeverityOf(score, settings);
        if (unansweredFor > TimeSpan.FromMinutes(responseTargetMinutes) && severity > 1)
        {
            severity--;
        }
        return new EscalationAssessment(true, severity, score);
    }

    public static int SeverityOf(double score, EscalationSettings settings) =>
        score >= settings.Severity1 ? 1
        : score >= settings.Severity2 ? 2
        : score >= settings.Severity3 ? 3
        : 4;
}
