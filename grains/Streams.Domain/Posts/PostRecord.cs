using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Scoring;
using Streams.Domain.Text;

namespace Streams.Domain.Posts;

/// <summary>
/// Everything a partition knows about one post: the post itself (once it has arrived), its
/// engagement log, the brands' answers and one escalation track per brand it is about.
/// </summary>
/// <remarks>
/// Escalation decisions are a function of the post's events in event time, not of the order they
/// arrive in: engagements are kept sorted, evaluated one by one at their own timestamps, and when an
/// event arrives out of order (a late repost, an answer that happened earlier than what was already
/// evaluated) the post is re-evaluated from its log. That is what makes a replay at full speed give
/// the same escalations as one at 1x.
/// </remarks>
public sealed class PostRecord(string id)
{
    /// <summary>Past this many engagements a post is far beyond any threshold; later ones only update the counts.</summary>
    public const int MaxLoggedEngagements = 20_000;

    /// <summary>Text kept for display; the full text was already scored on arrival.</summary>
    public const int MaxKeptTextLength = 1_000;

    private readonly List<Engagement> log = [];
    private readonly List<BrandAnswerState> answers = [];

    // Running evaluation state over log[0..evaluated).
    private int evaluated;
    private double velocity;
    private long velocityTicks;
    private int windowStart;
    private int windowReshares;
    private int evaluatedReshares;
    private long evaluatedResharerFollowers;

    public string Id { get; } = id;

    /// <summary>False while only reactions to the post have arrived, not the post.</summary>
    public bool Seen { get; private set; }

    public AuthorRef? Author { get; private set; }
    public Platform Platform { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string? Text { get; private set; }
    public Language Language { get; private set; }
    public double Sentiment { get; private set; }
    public IReadOnlyList<string> Brands { get; private set; } = [];
    public string? OwnerBrand { get; private set; }
    public string? InReplyTo { get; private set; }
    public string? QuoteOf { get; private set; }

    /// <summary>The author's influence from the post's own author snapshot (followers, verified), so it is the same on every replay.</summary>
    public double AuthorInfluence { get; private set; }

    public int Reposts { get; private set; }
    public int Quotes { get; private set; }
    public int Replies { get; private set; }
    public int Likes { get; private set; }
    public long ResharerFollowers { get; private set; }
    public DateTime LastEventAt { get; private set; }
    public bool LogTruncated { get; private set; }

    /// <summary>Spread at the latest evaluated engagement.</summary>
    public SpreadSnapshot Spread { get; private set; }

    /// <summary>Virality last reported to the brands, to report only real changes.</summary>
    public double ReportedVirality { get; set; }

    public IReadOnlyList<BrandAnswerState> Answers => answers;

    public IReadOnlyList<EscalationTrack> Tracks { get; private set; } = [];

    public long Reach => SaturatingAdd(Author?.Followers ?? 0, ResharerFollowers);

    /// <summary>Follower counts come from outside and can be absurd; reach must not wrap around to a negative number.</summary>
    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public int Reshares => Reposts + Quotes;

    public bool HasOpenEscalation => Tracks.Any(t => t.Published is { Status: Abstractions.Escalations.EscalationStatus.Open });

    public void MarkSeen(MentionEvent post, Language language, double sentiment, IReadOnlyList<string> brands, string? ownerBrand)
    {
        Seen = true;
        Author = post.Author;
        Platform = post.Platform;
        CreatedAt = post.CreatedAt;
        Text = post.Text is { Length: > MaxKeptTextLength } t ? t[..MaxKeptTextLength] : post.Text;
        Language = language;
        Sentiment = sentiment;
        Brands = brands;
        OwnerBrand = ownerBrand;
        InReplyTo = post.InReplyTo;
        QuoteOf = post.QuoteOf;
        AuthorInfluence = InfluenceScorer.Score(post.Author.Followers, post.Author.Verified, 0);
        Tracks = brands.Select(b => new EscalationTrack(b)).ToArray();
        Touch(post.CreatedAt);
    }

    public void Touch(DateTime at)
    {
        if (at > LastEventAt)
        {
            LastEventAt = at;
        }
    }

    /// <summary>Records an engagement. Returns true when it landed before already-evaluated ones (re-evaluate from the log).</summary>
    public bool AddEngagement(EngagementKind kind, DateTime at, long followers)
    {
        Touch(at);
        switch (kind)
        {
            case EngagementKind.Repost: Reposts++; break;
            case EngagementKind.Quote: Quotes++; break;
            case EngagementKind.Reply: Replies++; break;
            case EngagementKind.Like: Likes++; break;
        }
        if (ViralityScorer.IsReshare(kind))
        {
            ResharerFollowers = SaturatingAdd(ResharerFollowers, Math.Max(0, followers));
        }
        if (log.Count >= MaxLoggedEngagements)
        {
            LogTruncated = true;
            return false;
        }
        var entry = new Engagement(at.Ticks, kind, Math.Max(0, followers));
        if (log.Count == 0 || log[^1].CompareTo(entry) <= 0)
        {
            log.Add(entry);
            return false;
        }
        var index = log.BinarySearch(entry);
        log.Insert(index < 0 ? ~index : index, entry);
        return (index < 0 ? ~index : index) < evaluated;
    }

    /// <summary>Records a brand's answer, keeping the earliest. Returns the answer when it is new or earlier than the known one.</summary>
    public BrandAnswerState? RecordAnswer(string brandId, DateTime at, string channel)
    {
        foreach (var existing in answers)
        {
            if (existing.BrandId != brandId)
            {
                continue;
            }
            if (existing.At <= at)
            {
                return null;
            }
            existing.At = at;
            existing.Channel = channel;
            return existing;
        }
        var answer = new BrandAnswerState(brandId, at, channel);
        answers.Add(answer);
        return answer;
    }

    public DateTime? AnsweredAt(string brandId)
    {
        foreach (var answer in answers)
        {
            if (answer.BrandId == brandId)
            {
                return answer.At;
            }
        }
        return null;
    }

    /// <summary>True when every brand the post is about has answered it.</summary>
    public bool FullyAnswered => Brands.Count > 0 && Brands.All(b => AnsweredAt(b) is not null);

    /// <summary>The event time up to which engagements have been evaluated.</summary>
    public DateTime EvaluatedThrough => evaluated == 0 ? DateTime.MinValue : new DateTime(log[evaluated - 1].Ticks, DateTimeKind.Utc);

    /// <summary>
    /// Brings every escalation track up to date with the log. Incremental when the new engagements
    /// all come after the evaluated ones; from the start of the log when <paramref name="fromStart"/>.
    /// </summary>
    public void Evaluate(bool fromStart, Func<string, BrandConfig?> brandConfig)
    {
        if (!Seen)
        {
            return;
        }
        if (fromStart)
        {
            evaluated = 0;
            velocity = 0;
            velocityTicks = 0;
            windowStart = 0;
            windowReshares = 0;
            evaluatedReshares = 0;
            evaluatedResharerFollowers = 0;
            Spread = default;
            foreach (var track in Tracks)
            {
                track.ResetDecision();
            }
        }
        var windowTicks = ViralityScorer.RecentWindow.Ticks;
        var authorFollowers = Author?.Followers ?? 0;
        for (; evaluated < log.Count; evaluated++)
        {
            var e = log[evaluated];
            velocity = velocity * ViralityScorer.DecayFactor(TimeSpan.FromTicks(e.Ticks - velocityTicks)) + ViralityScorer.WeightOf(e.Kind);
            velocityTicks = e.Ticks;
            if (ViralityScorer.IsReshare(e.Kind))
            {
                evaluatedReshares++;
                evaluatedResharerFollowers = SaturatingAdd(evaluatedResharerFollowers, e.Followers);
                windowReshares++;
            }
            while (log[windowStart].Ticks <= e.Ticks - windowTicks)
            {
                if (ViralityScorer.IsReshare(log[windowStart].Kind))
                {
                    windowReshares--;
                }
                windowStart++;
            }
            var reach = SaturatingAdd(authorFollowers, evaluatedResharerFollowers);
            Spread = new SpreadSnapshot(
                new DateTime(e.Ticks, DateTimeKind.Utc),
                velocity,
                windowReshares,
                evaluatedReshares,
                reach,
                ViralityScorer.Score(velocity, reach));
            foreach (var track in Tracks)
            {
                AssessAt(track, Spread, brandConfig(track.BrandId));
            }
        }
        if (evaluated == 0)
        {
            Spread = new SpreadSnapshot(CreatedAt, 0, 0, 0, authorFollowers, ViralityScorer.Score(0, authorFollowers));
        }
    }

    private void AssessAt(EscalationTrack track, SpreadSnapshot spread, BrandConfig? config)
    {
        var settings = config?.Escalation ?? EscalationSettings.Default;
        var target = config?.ResponseTargetMinutes ?? 60;
        var answeredAt = AnsweredAt(track.BrandId);
        var answered = answeredAt is { } a && a <= spread.At;
        var unansweredFor = spread.At - CreatedAt;
        var assessment = EscalationPolicy.Assess(Sentiment, answered, spread, AuthorInfluence, unansweredFor, target, settings);
        if (!assessment.Escalate)
        {
            return;
        }
        var worse = !track.Raised || assessment.Severity < track.Severity;
        var higher = !track.Raised || assessment.Score > track.Score;
        if (!worse && !higher)
        {
            return;
        }
        if (!track.Raised)
        {
            track.Raised = true;
            track.RaisedAt = spread.At;
            track.Severity = assessment.Severity;
        }
        track.Severity = Math.Min(track.Severity, assessment.Severity);
        track.Score = Math.Max(track.Score, assessment.Score);
        track.Virality = spread.Virality;
        track.Reach = spread.Reach;
        track.Reshares = spread.TotalReshares;
        track.Reasons = EscalationReasons.Build(
            spread, Author?.Followers ?? 0, Author?.Verified ?? false, Sentiment, unansweredFor, target);
    }

    /// <summary>Iterates the logged reshares (for amplification credited when the post arrives after them).</summary>
    public IEnumerable<Engagement> LoggedReshares() => log.Where(e => ViralityScorer.IsReshare(e.Kind));
}
