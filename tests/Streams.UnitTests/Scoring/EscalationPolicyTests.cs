using Streams.Abstractions.Brands;
using Streams.Domain.Scoring;
using Xunit;

namespace Streams.UnitTests.Scoring;

public sealed class EscalationPolicyTests
{
    private static readonly DateTime At = new(2026, 11, 22, 10, 30, 0, DateTimeKind.Utc);
    private static readonly EscalationSettings Settings = EscalationSettings.Default;

    private static SpreadSnapshot Spread(double virality, int reshares = 10) =>
        new(At, 12, reshares, reshares, 60_000, virality);

    // Influence 50 makes the multiplier exactly 1: the score equals the virality.
    private static EscalationAssessment Assess(
        double virality = 50,
        double sentiment = -0.6,
        bool answered = false,
        int reshares = 10,
        double influence = 50,
        double minutes = 20,
        int target = 60,
        EscalationSettings? settings = null) =>
        EscalationPolicy.Assess(sentiment, answered, Spread(virality, reshares), influence, TimeSpan.FromMinutes(minutes), target, settings ?? Settings);

    [Fact]
    public void Negative_unanswered_spreading_post_escalates()
    {
        var assessment = Assess();
        Assert.True(assessment.Escalate);
        Assert.Equal(3, assessment.Severity);
        Assert.Equal(50, assessment.Score, 9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.7)]
    [InlineData(-0.04)]
    public void A_post_that_is_not_negative_does_not_escalate(double sentiment)
    {
        var assessment = Assess(sentiment: sentiment);
        Assert.False(assessment.Escalate);
        Assert.Equal(0, assessment.Severity);
        Assert.Equal(50, assessment.Score, 9);
    }

    [Fact]
    public void Negative_threshold_is_inclusive() => Assert.True(Assess(sentiment: Settings.NegativeSentiment).Escalate);

    [Fact]
    public void An_answered_post_does_not_escalate() => Assert.False(Assess(answered: true).Escalate);

    [Fact]
    public void Too_few_reshares_do_not_escalate()
    {
        Assert.False(Assess(reshares: Settings.MinReshares - 1).Escalate);
        Assert.True(Assess(reshares: Settings.MinReshares).Escalate);
    }

    [Fact]
    public void A_score_under_the_threshold_does_not_escalate()
    {
        Assert.False(Assess(virality: Settings.Threshold - 0.01).Escalate);
        Assert.True(Assess(virality: Settings.Threshold).Escalate);
    }

    [Fact]
    public void Influence_weighs_the_score()
    {
        // The same spread: an unknown author stays under the threshold, an influential one crosses it.
        Assert.False(Assess(virality: 40, influence: 0).Escalate);
        Assert.True(Assess(virality: 40, influence: 100).Escalate);
        Assert.Equal(20, Assess(virality: 40, influence: 0).Score, 9);
        Assert.Equal(60, Assess(virality: 40, influence: 100).Score, 9);
    }

    [Theory]
    [InlineData(60, 0, 30)]
    [InlineData(60, 50, 60)]
    [InlineData(60, 100, 90)]
    [InlineData(80, 100, 100)]
    [InlineData(100, 100, 100)]
    [InlineData(0, 100, 0)]
    public void Score_is_virality_times_half_plus_influence_clamped(double virality, double influence, double expected) =>
        Assert.Equal(expected, EscalationPolicy.ScoreOf(virality, influence), 9);

    [Theory]
    [InlineData(25, 4)]
    [InlineData(39.99, 4)]
    [InlineData(40, 3)]
    [InlineData(59.99, 3)]
    [InlineData(60, 2)]
    [InlineData(79.99, 2)]
    [InlineData(80, 1)]
    [InlineData(100, 1)]
    public void Severity_bands_follow_the_default_settings(double score, int severity) =>
        Assert.Equal(severity, Assess(virality: score).Severity);

    [Fact]
    public void Severity_bands_follow_the_brand_settings()
    {
        var strict = new EscalationSettings(Threshold: 10, Severity3: 15, Severity2: 20, Severity1: 30, NegativeSentiment: -0.2, MinReshares: 1);
        Assert.Equal(4, EscalationPolicy.SeverityOf(12, strict));
        Assert.Equal(3, EscalationPolicy.SeverityOf(15, strict));
        Assert.Equal(2, EscalationPolicy.SeverityOf(25, strict));
        Assert.Equal(1, EscalationPolicy.SeverityOf(30, strict));
        Assert.Equal(1, Assess(virality: 35, reshares: 1, settings: strict).Severity);
        Assert.False(Assess(virality: 35, sentiment: -0.1, settings: strict).Escalate);
        Assert.False(Assess(virality: 9, settings: strict).Escalate);
    }

    [Theory]
    [InlineData(30, 4, 3)]
    [InlineData(50, 3, 2)]
    [InlineData(70, 2, 1)]
    [InlineData(90, 1, 1)]
    public void Past_the_response_target_severity_is_one_step_worse_but_never_beyond_1(double score, int onTime, int late)
    {
        Assert.Equal(onTime, Assess(virality: score, minutes: 59).Severity);
        Assert.Equal(onTime, Assess(virality: score, minutes: 60).Severity);
        Assert.Equal(late, Assess(virality: score, minutes: 61).Severity);
        Assert.Equal(late, Assess(virality: score, minutes: 45, target: 30).Severity);
    }

    [Fact]
    public void Lateness_does_not_escalate_on_its_own() => Assert.False(Assess(virality: 20, minutes: 500).Escalate);
}
