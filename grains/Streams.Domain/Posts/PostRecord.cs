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

    // Many posts are never answered: they share this empty list (never written to) until their
    // first answer gives them their own.
    private static readonly List<BrandAnswerState> NoAnswers = [];
    private List<BrandAnswerState> answers = NoAnswers;

    /// <summary>Engagements between two evaluation checkpoints.</summary>
    public const int CheckpointEvery = 256;

    // Null until the first engagement: most posts never get one (see PostEvaluation).
    private PostEvaluation? evaluation;

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

    /// <summary>Spread at the latest evaluated engagement; before any, the author's own reach.</summary>
    public SpreadSnapshot Spread
    {
        get
        {
            if (evaluation is { State.Evaluated: > 0 } evaluated)
            {
                return evaluated.Spread;
            }
            if (!Seen)
            {
                return default;
            }
            var authorFollowers = Author?.Followers ?? 0;
            return new SpreadSnapshot(CreatedAt, 0, 0, 0, authorFollowers, ViralityScorer.Score(0, authorFollowers));
        }
    }

    /// <summary>Virality last reported to the brands, to report only real changes.</summary>
    public double ReportedVirality { get; set; }

    /// <summary>
    /// Where the post's latest spread waits in its partition's list for the next drain (index + 1; 0
    /// when none waits). Bookkeeping of the partition engine, never part of a snapshot.
    /// </summary>
    internal int PendingSpreadSlot { get; set; }

    public IReadOnlyList<BrandAnswerState> Answers => answers;

    /// <summary>Issue topics found in the post, over the taxonomies of the brands it is about.</summary>
    public IReadOnlyList<string> Topics { get; private set; } = [];

    public PostIntent Intents { get; private set; }

    public void Annotate(IReadOnlyList<string> topics, PostIntent intents)
    {
        Topics = topics;
        Intents = intents;
    }

    /// <summary>One per brand the post is about, once it has engagements (nothing escalates without them).</summary>
    public IReadOnlyList<EscalationTrack> Tracks => evaluation?.Tracks ?? [];

    public long Reach => SaturatingAdd(Author?.Followers ?? 0, ResharerFollowers);

    /// <summary>Follower counts come from outside and can be absurd; reach must not wrap around to a negative number.</summary>
    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public int Reshares => Reposts + Quotes;

    public bool HasOpenEscalation
    {
        get
        {
            if (evaluation is null)
            {
                return false;
            }
            foreach (var track in evaluation.Tracks)
            {
                if (track.Published is { Status: Abstractions.Escalations.EscalationStatus.Open })
                {
                    return true;
                }
            }
            return false;
        }
    }

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
        evaluation?.TrackBrands(brands);
        Touch(post.CreatedAt);
    }

    public void Touch(DateTime at)
    {
        if (at > LastEventAt)
        {
            LastEventAt = at;
        }
    }

    /// <summary>
    /// Records an engagement. Returns its time when it landed before engagements already evaluated
    /// (the evaluation must go back to it), or null when it simply extends the log.
    /// </summary>
    public DateTime? AddEngagement(EngagementKind kind, DateTime at, long followers)
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
        evaluation ??= new PostEvaluation(Brands);
        var log = evaluation.Log;
        if (log.Count >= MaxLoggedEngagements)
        {
            LogTruncated = true;
            return null;
        }
        var entry = new Engagement(at.Ticks, kind, Math.Max(0, followers));
        if (log.Count == 0 || log[^1].CompareTo(entry) <= 0)
        {
            log.Add(entry);
            return null;
        }
        var index = log.BinarySearch(entry);
        index = index < 0 ? ~index : index;
        log.Insert(index, entry);
        return index < evaluation.State.Evaluated ? at : null;
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
        if (ReferenceEquals(answers, NoAnswers))
        {
            answers = new List<BrandAnswerState>(1);
        }
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
    public bool FullyAnswered
    {
        get
        {
            if (Brands.Count == 0)
            {
                return false;
            }
            for (var i = 0; i < Brands.Count; i++)
            {
                if (AnsweredAt(Brands[i]) is null)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>The event time up to which engagements have been evaluated.</summary>
    public DateTime EvaluatedThrough => evaluation is { State.Evaluated: > 0 and var evaluated }
        ? new DateTime(evaluation.Log[evaluated - 1].Ticks, DateTimeKind.Utc)
        : DateTime.MinValue;

    /// <summary>
    /// Brings every escalation track up to date with the log. <paramref name="changedFrom"/> is the
    /// earliest event time whose evaluation changed (a late engagement, an earlier answer, the post
    /// itself arriving: <see cref="DateTime.MinValue"/>); evaluation goes back to the last checkpoint
    /// before it. Null: only new engagements at the end of the log need evaluating.
    /// </summary>
    public void Evaluate(DateTime? changedFrom, Func<string, BrandConfig?> brandConfig)
    {
        if (!Seen || evaluation is null)
        {
            return; // Without engagements there is nothing to evaluate: Spread is the author's reach.
        }
        if (changedFrom is { } from)
        {
            Rewind(evaluation, FirstIndexAtOrAfter(evaluation.Log, from.Ticks));
        }
        var log = evaluation.Log;
        var tracks = evaluation.Tracks;
        var checkpoints = evaluation.Checkpoints;
        var windowTicks = ViralityScorer.RecentWindow.Ticks;
        var authorFollowers = Author?.Followers ?? 0;
        var spread = evaluation.Spread;
        var s = evaluation.State;
        for (; s.Evaluated < log.Count; s = s with { Evaluated = s.Evaluated + 1 })
        {
            if (s.Evaluated % CheckpointEvery == 0 && s.Evaluated > 0
                && (checkpoints is not { Count: > 0 } || checkpoints[^1].Evaluated < s.Evaluated))
            {
                var decisions = new TrackDecision[tracks.Length];
                for (var i = 0; i < decisions.Length; i++)
                {
                    decisions[i] = tracks[i].Decision;
                }
                (checkpoints ??= evaluation.Checkpoints = []).Add(s with { Tracks = decisions });
            }
            var e = log[s.Evaluated];
            var velocity = s.Velocity * ViralityScorer.DecayFactor(TimeSpan.FromTicks(e.Ticks - s.VelocityTicks)) + ViralityScorer.WeightOf(e.Kind);
            int reshares = s.Reshares, windowReshares = s.WindowReshares, windowStart = s.WindowStart;
            var resharerFollowers = s.ResharerFollowers;
            if (ViralityScorer.IsReshare(e.Kind))
            {
                reshares++;
                windowReshares++;
                resharerFollowers = SaturatingAdd(resharerFollowers, e.Followers);
            }
            while (log[windowStart].Ticks <= e.Ticks - windowTicks)
            {
                if (ViralityScorer.IsReshare(log[windowStart].Kind))
                {
                    windowReshares--;
                }
                windowStart++;
            }
            s = s with
            {
                Velocity = velocity,
                VelocityTicks = e.Ticks,
                WindowStart = windowStart,
                WindowReshares = windowReshares,
                Reshares = reshares,
                ResharerFollowers = resharerFollowers,
            };
            var reach = SaturatingAdd(authorFollowers, resharerFollowers);
            spread = new SpreadSnapshot(
                new DateTime(e.Ticks, DateTimeKind.Utc), velocity, windowReshares, reshares, reach, ViralityScorer.Score(velocity, reach));
            foreach (var track in tracks)
            {
                AssessAt(track, spread, brandConfig(track.BrandId));
            }
        }
        evaluation.State = s;
        evaluation.Spread = spread;
    }

    /// <summary>Returns the evaluation to the last checkpoint at or before log index <paramref name="index"/>.</summary>
    private static void Rewind(PostEvaluation evaluation, int index)
    {
        // Checkpoints are taken in log order: the ones past the index are at the end. (A loop, not
        // RemoveAll with a lambda: that would allocate a closure on every rewind.)
        var checkpoints = evaluation.Checkpoints;
        while (checkpoints is { Count: > 0 } && checkpoints[^1].Evaluated > index)
        {
            checkpoints.RemoveAt(checkpoints.Count - 1);
        }
        var tracks = evaluation.Tracks;
        if (checkpoints is not { Count: > 0 })
        {
            evaluation.State = PostEvaluation.Initial;
            foreach (var track in tracks)
            {
                track.Decision = default;
            }
            evaluation.Spread = default;
            return;
        }
        var state = checkpoints[^1];
        evaluation.State = state;
        for (var i = 0; i < tracks.Length; i++)
        {
            tracks[i].Decision = state.Tracks[i];
        }
    }

    private static int FirstIndexAtOrAfter(List<Engagement> log, long ticks)
    {
        int lo = 0, hi = log.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (log[mid].Ticks < ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
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
        var decision = track.Decision;
        var worse = !decision.Raised || assessment.Severity < decision.Severity;
        var higher = !decision.Raised || assessment.Score > decision.Score;
        if (!worse && !higher)
        {
            return;
        }
        // Only the numbers are kept here; the reasons are written from this point when published.
        track.Decision = new TrackDecision(
            Raised: true,
            RaisedAt: decision.Raised ? decision.RaisedAt : spread.At,
            Severity: decision.Raised ? Math.Min(decision.Severity, assessment.Severity) : assessment.Severity,
            Score: Math.Max(decision.Score, assessment.Score),
            Peak: spread,
            PeakUnansweredFor: unansweredFor);
    }

    /// <summary>What a checkpoint must hold to rebuild this post exactly (see <see cref="PostRecordSnapshot"/>).</summary>
    public PostRecordSnapshot Snapshot()
    {
        var answerSnapshots = answers.Count == 0 ? [] : new AnswerSnapshot[answers.Count];
        for (var i = 0; i < answerSnapshots.Length; i++)
        {
            answerSnapshots[i] = new AnswerSnapshot(answers[i].BrandId, answers[i].At, answers[i].Channel);
        }
        var tracks = evaluation?.Tracks ?? [];
        var trackSnapshots = tracks.Length == 0 ? [] : new TrackSnapshot[tracks.Length];
        for (var i = 0; i < trackSnapshots.Length; i++)
        {
            var published = tracks[i].Published;
            trackSnapshots[i] = new TrackSnapshot(
                tracks[i].BrandId,
                published is null || published.Reasons is string[] ? published : published with { Reasons = [.. published.Reasons] });
        }
        return new PostRecordSnapshot(
            Id,
            Seen,
            Author,
            Platform,
            CreatedAt,
            Text,
            Language,
            Sentiment,
            // Brands and topics are never written to once set: the snapshot can share their arrays.
            Brands as string[] ?? [.. Brands],
            OwnerBrand,
            InReplyTo,
            QuoteOf,
            AuthorInfluence,
            Topics as string[] ?? [.. Topics],
            Intents,
            Reposts,
            Quotes,
            Replies,
            Likes,
            ResharerFollowers,
            LastEventAt,
            LogTruncated,
            ReportedVirality,
            evaluation is null ? [] : [.. evaluation.Log],
            answerSnapshots,
            trackSnapshots);
    }

    /// <summary>
    /// Rebuilds a post from its checkpoint, then re-evaluates its whole log (as when the post itself
    /// arrives) to recompute the decisions, spread and evaluation checkpoints that were not stored.
    /// </summary>
    /// <param name="brandConfig">The brands' settings, as for <see cref="Evaluate"/>. Decisions are recomputed
    /// with the settings of now, as any re-evaluation of the post would be.</param>
    public static PostRecord FromSnapshot(PostRecordSnapshot snapshot, Func<string, BrandConfig?> brandConfig)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(brandConfig);
        for (var i = 1; i < snapshot.Engagements.Length; i++)
        {
            if (snapshot.Engagements[i - 1].CompareTo(snapshot.Engagements[i]) > 0)
            {
                // Inserts and evaluation rewinds binary-search the log: an unsorted one would corrupt both quietly.
                throw new ArgumentException($"The engagement log of post {snapshot.Id} is not sorted at index {i}.", nameof(snapshot));
            }
        }
        if (snapshot.Seen && snapshot.Author is null)
        {
            throw new ArgumentException($"Post {snapshot.Id} is marked seen but has no author.", nameof(snapshot));
        }
        var post = new PostRecord(snapshot.Id)
        {
            Seen = snapshot.Seen,
            Author = snapshot.Author,
            Platform = snapshot.Platform,
            CreatedAt = snapshot.CreatedAt,
            Text = snapshot.Text,
            Language = snapshot.Language,
            Sentiment = snapshot.Sentiment,
            Brands = snapshot.Brands,
            OwnerBrand = snapshot.OwnerBrand,
            InReplyTo = snapshot.InReplyTo,
            QuoteOf = snapshot.QuoteOf,
            AuthorInfluence = snapshot.AuthorInfluence,
            Topics = snapshot.Topics,
            Intents = snapshot.Intents,
            Reposts = snapshot.Reposts,
            Quotes = snapshot.Quotes,
            Replies = snapshot.Replies,
            Likes = snapshot.Likes,
            ResharerFollowers = snapshot.ResharerFollowers,
            LastEventAt = snapshot.LastEventAt,
            LogTruncated = snapshot.LogTruncated,
            ReportedVirality = snapshot.ReportedVirality,
        };
        if (snapshot.Engagements.Length > 0 || snapshot.Tracks.Length > 0)
        {
            post.evaluation = new PostEvaluation([]);
            post.evaluation.Log.AddRange(snapshot.Engagements);
            post.evaluation.RestoreTracks(Array.ConvertAll(snapshot.Tracks, t => new EscalationTrack(t.BrandId) { Published = t.Published }));
        }
        if (snapshot.Answers.Length > 0)
        {
            post.answers = new List<BrandAnswerState>(snapshot.Answers.Length);
            foreach (var answer in snapshot.Answers)
            {
                post.answers.Add(new BrandAnswerState(answer.BrandId, answer.At, answer.Channel));
            }
        }
        post.Evaluate(DateTime.MinValue, brandConfig);
        return post;
    }

    /// <summary>Iterates the logged reshares (for amplification credited when the post arrives after them).</summary>
    /// <remarks>Most posts arrive before any reaction to them: an empty log returns the shared empty
    /// array, whose enumerator is cached, rather than a fresh iterator per post.</remarks>
    public IEnumerable<Engagement> LoggedReshares() => evaluation is null ? [] : evaluation.Log.Where(e => ViralityScorer.IsReshare(e.Kind));
}
