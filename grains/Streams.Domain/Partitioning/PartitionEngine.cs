using Streams.Abstractions.Brands;
using Streams.Abstractions.Customers;
using Streams.Abstractions.Escalations;
using Streams.Abstractions.Events;
using Streams.Abstractions.Pipeline;
using Streams.Abstractions.Posts;
using Streams.Domain.Brands;
using Streams.Domain.Matching.Query;
using Streams.Domain.Posts;
using Streams.Domain.Scoring;
using Streams.Domain.Text;

namespace Streams.Domain.Partitioning;

/// <summary>
/// The logic of one stream partition: owns the posts that hash to it, enriches each event
/// (language, sentiment, brand match), keeps virality and escalations current, and records in its
/// outbox what brands, authors and other partitions must be told. No Orleans here: the partition
/// grain feeds it batches and flushes the outbox.
/// </summary>
public sealed class PartitionEngine
{
    /// <summary>Virality must move this much before the brand's "fastest-spreading" list hears of it.</summary>
    private const double SpreadReportStep = 2;

    private readonly Dictionary<string, PostRecord> posts = new(StringComparer.Ordinal);

    // Posts whose open escalation only changed score or spread since it was last published: they are
    // published once, when the outbox drains, rather than on every reshare of a viral post.
    private readonly HashSet<PostRecord> refined = new(ReferenceEqualityComparer.Instance);

    // The latest spread of each post that moved since the last drain, in order of first move: handed to
    // its brands when the outbox drains. One list reused by the engine rather than one per brand per
    // flush. A post finds its entry through PendingSpreadSlot, not a map keyed by the post: hashing a
    // post by reference sets its identity hash on first use, which cost 1.6% of CPU at saturation.
    private readonly List<(PostRecord Post, PostSpread Spread)> spreads = [];
    private readonly List<string> matchScratch = new(4);
    private readonly List<string> topicScratch = new(4);

    // One shared brand list per brand for the posts about that brand alone, nearly all of them: a post
    // keeps its list for as long as it is kept, and lists are never written to once set.
    private readonly Dictionary<string, string[]> singleBrandLists = new(StringComparer.Ordinal);
    private BrandCatalog catalog = BrandCatalog.Empty;

    // Each brand's sentiment class priors, estimated per event-time window from this partition's share of its
    // mentions; the windows are checkpointed with the posts.
    private readonly BrandSentimentPriors sentimentPriors = new(SentimentAnalyzer.Shared);

    // catalog.Find as a delegate, made once per catalog: a method group passed per call would allocate
    // a new delegate on every evaluation.
    private Func<string, BrandConfig?> findBrand = BrandCatalog.Empty.Find;

    private readonly int partitionCount;
    private readonly TimeProvider clock;

    public PartitionEngine(int partition, int partitionCount, TimeProvider clock)
    {
        Partition = partition;
        this.partitionCount = partitionCount;
        this.clock = clock;
        Outbox = new PartitionOutbox(PublishRefined);
    }

    public int Partition { get; }

    public PartitionOutbox Outbox { get; }

    /// <summary>The latest event time this partition has seen: "now" for answers without a time.</summary>
    public DateTime Watermark { get; private set; }

    public int PostCount => posts.Count;

    /// <summary>Anything not yet sent: applied events, outbox entries, or escalation refinements waiting for the drain.</summary>
    public bool HasPendingWork => Outbox.Events > 0 || Outbox.PendingTargets > 0 || refined.Count > 0 || spreads.Count > 0;

    public BrandCatalog Catalog
    {
        get => catalog;
        set
        {
            // The grain hands over the current catalog with every batch; only a new one has anything to change.
            if (ReferenceEquals(value, catalog))
            {
                return;
            }
            catalog = value;
            findBrand = value.Find;
            sentimentPriors.Prune(brand => value.Find(brand) is not null);
        }
    }

    public void Apply(MentionEvent mention)
    {
        Outbox.Events++;
        if (mention.CreatedAt > Watermark)
        {
            Watermark = mention.CreatedAt;
        }
        switch (mention.Kind)
        {
            case EventKind.Post when PartitionMap.PartitionOf(mention.Id, partitionCount) != Partition:
                // Routed here for the post it replies to or quotes: apply that effect now, in stream
                // order with the parent's other events, and send the post on to its own partition.
                NotifyParents(mention, OwnerOf(mention));
                Outbox.Forward(PartitionMap.PartitionOf(mention.Id, partitionCount), mention);
                break;
            case EventKind.Post:
                ApplyPost(mention, notifyParents: true);
                break;
            case EventKind.Repost:
                ApplyEngagement(GetOrCreate(mention.PostId), EngagementKind.Repost, mention.CreatedAt, mention.Author);
                break;
            case EventKind.Like:
                ApplyEngagement(GetOrCreate(mention.PostId), EngagementKind.Like, mention.CreatedAt, mention.Author);
                break;
        }
    }

    /// <summary>A reply or quote whose effect on its parent was already applied in the parent's partition.</summary>
    public void ApplyForwarded(MentionEvent post)
    {
        if (post.CreatedAt > Watermark)
        {
            Watermark = post.CreatedAt;
        }
        ApplyPost(post, notifyParents: false);
    }

    public void Apply(ThreadSignal signal)
    {
        var post = GetOrCreate(signal.TargetPostId);
        switch (signal.Kind)
        {
            case ThreadSignalKind.Reply when signal.BrandId is not null:
                // A brand's own account replying is an answer, not engagement: it does not spread the complaint.
                ApplyAnswer(post, signal.BrandId, signal.At, "reply");
                break;
            case ThreadSignalKind.Reply:
                ApplyEngagement(post, EngagementKind.Reply, signal.At, signal.Author);
                break;
            case ThreadSignalKind.Quote:
                ApplyEngagement(post, EngagementKind.Quote, signal.At, signal.Author);
                break;
            case ThreadSignalKind.AnsweredBelow when signal.BrandId is not null:
                ApplyAnswer(post, signal.BrandId, signal.At, "thread");
                break;
        }
    }

    /// <summary>Marks a post answered on another channel (phone, DM, email).</summary>
    public AnswerOutcome MarkAnswered(string postId, string? brandId, DateTime? at)
    {
        if (!posts.TryGetValue(postId, out var post) || !post.Seen)
        {
            return AnswerOutcome.UnknownPost;
        }
        IReadOnlyList<string> brands = brandId is null ? post.Brands : [brandId];
        if (brands.Count == 0 || brands.Any(b => !post.Brands.Contains(b)))
        {
            return AnswerOutcome.NotAboutBrand;
        }
        if (brands.All(b => post.AnsweredAt(b) is not null))
        {
            return AnswerOutcome.AlreadyAnswered;
        }
        var when = at ?? (Watermark > post.CreatedAt ? Watermark : post.CreatedAt);
        foreach (var brand in brands)
        {
            ApplyAnswer(post, brand, when, "manual");
        }
        return AnswerOutcome.Answered;
    }

    /// <summary>
    /// A draft brand's matcher over the newest <paramref name="maxPosts"/> customer posts this partition keeps, against
    /// what the live matcher decided (see <see cref="BrandBacktestRun"/>). Reads state only.
    /// </summary>
    public BrandBacktest Backtest(BrandConfig draft, int maxPosts, int maxSamples) =>
        BrandBacktestRun.Run(draft, posts.Values, maxPosts, maxSamples);

    public PostView? View(string postId)
    {
        if (!posts.TryGetValue(postId, out var post))
        {
            return null;
        }
        if (refined.Remove(post))
        {
            PublishTracks(post); // A reader sees the latest revision, not the one before the deferred refinement.
        }
        var answers = post.Answers
            .Where(a => post.Brands.Contains(a.BrandId))
            .Select(a => new PostAnswer(a.BrandId, a.At, Math.Max(0, (a.At - post.CreatedAt).TotalSeconds), a.Channel))
            .ToArray();
        var escalations = post.Tracks.Where(t => t.Published is not null).Select(t => t.Published!).ToArray();
        return new PostView(
            post.Id,
            post.Seen,
            post.Brands,
            post.Seen ? PlatformNames.ToWire(post.Platform) : null,
            post.Author?.Id,
            post.Author?.Handle,
            post.Author?.Followers ?? 0,
            post.Seen ? post.CreatedAt : null,
            post.Text,
            post.Seen ? post.Language.ToString().ToLowerInvariant() : null,
            post.Sentiment,
            post.Spread.Virality,
            post.Reach,
            post.Reposts,
            post.Quotes,
            post.Replies,
            post.Likes,
            post.FullyAnswered,
            answers,
            post.OwnerBrand,
            post.InReplyTo,
            post.QuoteOf,
            escalations,
            post.LastEventAt == default ? null : post.LastEventAt,
            post.Topics,
            WireNames<PostIntent>.Set(post.Intents));
    }


    /// <summary>
    /// Forgets posts with no activity for <paramref name="retention"/> of event time and no open
    /// escalation, so memory follows the live conversation rather than all history.
    /// </summary>
    public int Evict(TimeSpan retention)
    {
        var horizon = Watermark - retention;
        var stale = posts.Values.Where(p => p.LastEventAt < horizon && !p.HasOpenEscalation).Select(p => p.Id).ToList();
        foreach (var id in stale)
        {
            posts.Remove(id);
        }
        return stale.Count;
    }

    /// <summary>
    /// A checkpoint of every post and the watermark. Taken only right after the outbox drained: what
    /// the partition still owed other grains is not part of it, so it would be lost on restore.
    /// </summary>
    /// <exception cref="InvalidOperationException">The engine has pending work (drain the outbox first).</exception>
    public PartitionEngineSnapshot Snapshot()
    {
        if (HasPendingWork)
        {
            throw new InvalidOperationException("A partition is checkpointed only right after its outbox drained: it has pending work.");
        }
        var snapshots = new PostRecordSnapshot[posts.Count];
        var i = 0;
        foreach (var post in posts.Values)
        {
            snapshots[i++] = post.Snapshot();
        }
        return new PartitionEngineSnapshot(Partition, partitionCount, Watermark, snapshots, sentimentPriors.Snapshot());
    }

    /// <summary>
    /// Fills this fresh engine from a checkpoint; replaying the events logged after it then gives what
    /// the checkpointed engine would have given. Set <see cref="Catalog"/> first: each post's decisions
    /// are re-evaluated from its log with the brands' current settings.
    /// </summary>
    /// <remarks>An instance method rather than a factory so the grain keeps the engine it built with its clock and catalog.</remarks>
    /// <exception cref="ArgumentException">The checkpoint is of another partition, or of another partition count.</exception>
    /// <exception cref="InvalidOperationException">The engine already holds posts or pending work.</exception>
    public void Restore(PartitionEngineSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Partition != Partition || snapshot.PartitionCount != partitionCount)
        {
            throw new ArgumentException(
                $"The checkpoint is of partition {snapshot.Partition} of {snapshot.PartitionCount}, this engine is partition {Partition} of {partitionCount}.",
                nameof(snapshot));
        }
        if (posts.Count > 0 || HasPendingWork)
        {
            throw new InvalidOperationException("Only a fresh engine can be restored from a checkpoint.");
        }
        // All or nothing: a checkpoint that fails to load leaves the engine fresh for a replay from the start.
        var restored = Array.ConvertAll(snapshot.Posts, p => PostRecord.FromSnapshot(p, findBrand));
        posts.EnsureCapacity(restored.Length);
        foreach (var post in restored)
        {
            if (!posts.TryAdd(post.Id, post))
            {
                posts.Clear();
                throw new ArgumentException($"The checkpoint holds post {post.Id} twice.", nameof(snapshot));
            }
        }
        try
        {
            // A checkpoint written before brands' sentiment windows were kept has none: their brands start afresh.
            sentimentPriors.Restore(snapshot.SentimentWindows ?? []);
        }
        catch (ArgumentException)
        {
            posts.Clear();
            throw;
        }
        sentimentPriors.Prune(brand => catalog.Find(brand) is not null);
        Watermark = snapshot.Watermark;
    }

    private PostRecord GetOrCreate(string postId)
    {
        if (!posts.TryGetValue(postId, out var post))
        {
            post = new PostRecord(postId);
            posts[postId] = post;
        }
        return post;
    }

    private string? OwnerOf(MentionEvent post) =>
        catalog.TryGetOwner(post.Platform, post.Author.Handle ?? post.Author.Id, out var owner) ? owner : null;

    private void NotifyParents(MentionEvent post, string? owner)
    {
        if (post.InReplyTo is not null)
        {
            Route(new ThreadSignal(ThreadSignalKind.Reply, post.InReplyTo, post.Id, post.CreatedAt, post.Author, owner));
        }
        if (post.QuoteOf is not null)
        {
            Route(new ThreadSignal(ThreadSignalKind.Quote, post.QuoteOf, post.Id, post.CreatedAt, post.Author, null));
        }
    }

    private void ApplyPost(MentionEvent mention, bool notifyParents)
    {
        var post = GetOrCreate(mention.Id);
        if (post.Seen)
        {
            return; // The same post twice (a retried upload): applying it again would double-count it.
        }
        var text = mention.Text ?? string.Empty;
        string[] brands = [];
        string? owner = null;
        Language language;
        double sentiment;
        if (OwnerOf(mention) is { } ownerBrand)
        {
            // The brand's own account: its posts are answers and announcements, never customer mentions.
            owner = ownerBrand;
            language = LanguageDetector.Detect(text, mention.Lang);
            sentiment = 0;
            Outbox.Brand(ownerBrand).OwnPosts++;
        }
        else
        {
            language = LanguageDetector.Detect(text, mention.Lang);
            matchScratch.Clear();
            var metadata = new PostMetadata(
                mention.Lang ?? LanguageDetector.CodeOf(language), mention.Region, mention.Platform,
                mention.Author.Handle, mention.Author.Followers, mention.Author.Verified);
            catalog.Match(text, metadata, matchScratch);
            if (matchScratch.Count > 0)
            {
                brands = BrandList(matchScratch);
            }
            // After matching: a brand's mentions are scored under the class priors estimated from its earlier ones.
            // Replies and quotes are not counted: they reach this partition by way of their parent's, later than
            // the posts around them, and the estimate must not depend on that delay.
            sentiment = sentimentPriors.Score(
                text, language, brands, mention.CreatedAt,
                count: mention.InReplyTo is null && mention.QuoteOf is null);
        }
        post.MarkSeen(mention, language, sentiment, brands, owner);

        if (brands.Length > 0)
        {
            // Intents once per post; topics per brand, since each brand may track its own taxonomy.
            var intents = IntentDetector.Shared.Detect(text, sentiment, out var leaveOpener);
            // Switching is brand-relative: to a brand it is a prospect, away from it churn (SwitchPhrases). Rare: only
            // posts with a churn threat or a phrase of leaving are read brand by brand. The post's own intents are
            // all its brands' together, so an author switching to the only brand named churns from none.
            var perBrand = (intents & PostIntent.ChurnThreat) != 0 || leaveOpener ? IntentsPerBrand(text, sentiment, intents, leaveOpener, brands) : null;
            var postIntents = perBrand is null ? intents : perBrand.Aggregate(PostIntent.None, (all, one) => all | one);
            var complaint = IsComplaint(brands, sentiment);
            var customer = Outbox.Customer(mention.Author);
            customer.Saw(mention.Author);
            customer.HasProfile = true;
            customer.AddPost(new CustomerPost(post.Id, post.CreatedAt, sentiment, brands, complaint, IntentDetector.ChurnSignal(postIntents, sentiment)));
            // The post's topics over all its brands, distinct, in order of first appearance.
            topicScratch.Clear();
            TopicTaxonomy? taxonomy = null;
            IReadOnlyList<string> topics = [];
            var taxonomies = 0;
            for (var b = 0; b < brands.Length; b++)
            {
                var brand = brands[b];
                var brandTaxonomy = catalog.TopicsOf(brand);
                if (!ReferenceEquals(brandTaxonomy, taxonomy))
                {
                    // Most brands share the default taxonomy: its match is the same for all of them.
                    taxonomy = brandTaxonomy;
                    topics = taxonomy.Names(taxonomy.Match(text));
                    taxonomies++;
                }
                var brandIntents = perBrand?[b] ?? intents;
                Outbox.Brand(brand).Mentions.Add(new BrandMention(post.Id, mention.Author.Id, post.CreatedAt, sentiment, topics, (int)brandIntents));
                for (var i = 0; i < topics.Count; i++)
                {
                    if (!topicScratch.Contains(topics[i]))
                    {
                        topicScratch.Add(topics[i]);
                    }
                }
            }
            // Under one taxonomy the post's topics are that match's own list (distinct, in order, never
            // written to): the post shares it rather than keeping a copy.
            post.Annotate(taxonomies == 1 ? topics : topicScratch.Count == 0 ? [] : topicScratch.ToArray(), postIntents);
            // Reshares that arrived before the post: credit them to the author now.
            foreach (var reshare in post.LoggedReshares())
            {
                customer.Amplify(new DateTime(reshare.Ticks, DateTimeKind.Utc), 1);
            }
        }

        if (notifyParents)
        {
            NotifyParents(mention, owner);
        }
        // Answers that arrived before the post: now that its parent and brands are known, pass them on.
        foreach (var answer in post.Answers.ToArray())
        {
            OnAnswerRecorded(post, answer);
        }
        post.Evaluate(DateTime.MinValue, findBrand);
        Publish(post);
    }

    private string[] BrandList(List<string> matched)
    {
        if (matched.Count != 1)
        {
            return matched.ToArray();
        }
        if (!singleBrandLists.TryGetValue(matched[0], out var shared))
        {
            shared = [matched[0]];
            singleBrandLists.Add(matched[0], shared);
        }
        return shared;
    }

    /// <summary>
    /// The post's topics under <paramref name="brandId"/>'s own taxonomy, for its escalation's reasons. The post keeps
    /// the union over all its brands' taxonomies; an escalation revision is rare enough to match again.
    /// </summary>
    private IReadOnlyList<string> TopicsFor(PostRecord post, string brandId)
    {
        if (post.Text is not { } text)
        {
            return [];
        }
        var taxonomy = catalog.TopicsOf(brandId);
        return taxonomy.Names(taxonomy.Match(text));
    }

    /// <summary>
    /// The post threatens to leave <paramref name="brand"/>, as that brand counted it (<see cref="IntentDetector.ForBrand"/>):
    /// the post's own intents are all its brands' together, and "ditching Initech" threatens Initech alone.
    /// </summary>
    private static bool ThreatensToLeave(PostRecord post, BrandConfig? brand)
    {
        if ((post.Intents & PostIntent.ChurnThreat) == 0 || brand is null || post.Text is not { } text)
        {
            return (post.Intents & PostIntent.ChurnThreat) != 0;
        }
        var intents = IntentDetector.Shared.Detect(text, post.Sentiment, out var leaveOpener);
        return (IntentDetector.ForBrand(intents, post.Sentiment, leaveOpener, text, brand) & PostIntent.ChurnThreat) != 0;
    }

    /// <summary>The post's intents for each of its brands (<see cref="IntentDetector.ForBrand"/>).</summary>
    private PostIntent[] IntentsPerBrand(string text, double sentiment, PostIntent intents, bool leaveOpener, string[] brands)
    {
        var perBrand = new PostIntent[brands.Length];
        for (var b = 0; b < brands.Length; b++)
        {
            perBrand[b] = catalog.Find(brands[b]) is { } config
                ? IntentDetector.ForBrand(intents, sentiment, leaveOpener, text, config)
                : intents;
        }
        return perBrand;
    }

    /// <summary>Negative enough to count as a complaint for at least one of the brands.</summary>
    private bool IsComplaint(string[] brands, double sentiment)
    {
        foreach (var brand in brands)
        {
            if (sentiment <= (catalog.Find(brand)?.Escalation ?? EscalationSettings.Default).NegativeSentiment)
            {
                return true;
            }
        }
        return false;
    }

    private void ApplyEngagement(PostRecord post, EngagementKind kind, DateTime at, AuthorRef author)
    {
        var late = post.AddEngagement(kind, at, author.Followers);
        if (!post.Seen)
        {
            return; // Evaluated when the post itself arrives.
        }
        if (ViralityScorer.IsReshare(kind) && post.Brands.Count > 0 && post.Author is not null)
        {
            Outbox.Customer(post.Author).Amplify(at, 1);
        }
        post.Evaluate(late, findBrand);
        Publish(post);
    }

    private void ApplyAnswer(PostRecord post, string brandId, DateTime at, string channel)
    {
        post.Touch(at);
        var answer = post.RecordAnswer(brandId, at, channel);
        if (answer is null || !post.Seen)
        {
            return;
        }
        OnAnswerRecorded(post, answer);
        // An answer earlier than what was evaluated changes which evaluation points count: start over.
        // An answer at the same instant as an evaluated engagement too: that engagement counts as
        // answered (the policy's "answered at or before"), as it would had the answer arrived first.
        post.Evaluate(answer.At <= post.EvaluatedThrough ? answer.At : null, findBrand);
        Publish(post);
    }

    private void OnAnswerRecorded(PostRecord post, BrandAnswerState answer)
    {
        if (post.InReplyTo is not null)
        {
            // Answered anywhere below in the thread answers every ancestor.
            Route(new ThreadSignal(
                ThreadSignalKind.AnsweredBelow, post.InReplyTo, post.Id, answer.At, post.Author!, answer.BrandId));
        }
        if (!post.Brands.Contains(answer.BrandId))
        {
            return;
        }
        var firstResponse = answer.At - post.CreatedAt;
        Outbox.Brand(answer.BrandId).Answers.Add(
            new BrandAnswer(post.Id, answer.At, firstResponse < TimeSpan.Zero ? TimeSpan.Zero : firstResponse));
        if (post.FullyAnswered && post.Author is not null)
        {
            Outbox.Customer(post.Author).AddAnsweredComplaint(post.Id);
        }
    }

    private void Route(ThreadSignal signal)
    {
        var target = PartitionMap.PartitionOf(signal.TargetPostId, partitionCount);
        if (target == Partition)
        {
            Apply(signal);
        }
        else
        {
            Outbox.Signal(target, signal);
        }
    }

    /// <summary>Publishes the escalation tracks that changed, and the post's spread when it moved.</summary>
    private void Publish(PostRecord post)
    {
        if (post.Brands.Count == 0)
        {
            return;
        }
        // Index loops over the post's lists: foreach over an IReadOnlyList boxes an enumerator per event.
        var tracks = post.Tracks;
        for (var i = 0; i < tracks.Count; i++)
        {
            var track = tracks[i];
            if (IsRefinementOnly(post, track))
            {
                refined.Add(post);
                continue;
            }
            var next = Decide(post, track);
            if (next is null)
            {
                continue;
            }
            var previous = track.Published;
            track.Published = next;
            Outbox.Escalation(next, urgent: previous is null || previous.Status != next.Status || previous.Severity != next.Severity);
        }
        var virality = post.Spread.Virality;
        if (Math.Abs(virality - post.ReportedVirality) >= SpreadReportStep)
        {
            post.ReportedVirality = virality;
            var spread = new PostSpread(post.Id, virality, post.Reshares, post.Reach, post.LastEventAt, post.Text);
            if (post.PendingSpreadSlot > 0)
            {
                spreads[post.PendingSpreadSlot - 1] = (post, spread);
            }
            else
            {
                spreads.Add((post, spread));
                post.PendingSpreadSlot = spreads.Count;
            }
            for (var i = 0; i < post.Brands.Count; i++)
            {
                Outbox.Brand(post.Brands[i]); // Owed an update now: it counts toward an early flush.
            }
        }
    }

    /// <summary>
    /// True when an already published escalation would change only in score or spread: nothing that
    /// needs to reach anyone this instant, and on a viral post that changes with every reshare.
    /// </summary>
    private static bool IsRefinementOnly(PostRecord post, EscalationTrack track)
    {
        var previous = track.Published;
        var decision = track.Decision;
        if (previous is null || !decision.Raised)
        {
            return false;
        }
        return previous.Status == StatusOf(post, track) && previous.Severity == decision.Severity && previous.RaisedAt == decision.RaisedAt;
    }

    /// <summary>
    /// Open until the brand answers; resolved by an answer after it was raised; withdrawn when the
    /// answer came first in event time (late data showed it should never have been raised).
    /// </summary>
    private static EscalationStatus StatusOf(PostRecord post, EscalationTrack track) =>
        post.AnsweredAt(track.BrandId) is not { } answeredAt ? EscalationStatus.Open
        : answeredAt < track.Decision.RaisedAt ? EscalationStatus.Withdrawn
        : EscalationStatus.Resolved;

    /// <summary>Publishes the refinements and spreads collected since the last drain (called by the outbox as it drains).</summary>
    private void PublishRefined()
    {
        foreach (var post in refined)
        {
            PublishTracks(post);
        }
        refined.Clear();
        foreach (var (post, spread) in spreads)
        {
            post.PendingSpreadSlot = 0;
            for (var i = 0; i < post.Brands.Count; i++)
            {
                Outbox.Brand(post.Brands[i]).Spread(spread);
            }
        }
        spreads.Clear();
    }

    private void PublishTracks(PostRecord post)
    {
        var tracks = post.Tracks;
        for (var i = 0; i < tracks.Count; i++)
        {
            var track = tracks[i];
            if (Decide(post, track) is { } next)
            {
                var previous = track.Published;
                track.Published = next;
                Outbox.Escalation(next, urgent: previous is null || previous.Status != next.Status || previous.Severity != next.Severity);
            }
        }
    }

    /// <summary>The escalation to publish for a track, or null when nothing a reader would notice changed.</summary>
    private Escalation? Decide(PostRecord post, EscalationTrack track)
    {
        var previous = track.Published;
        var decision = track.Decision;
        if (!decision.Raised)
        {
            // A recomputation can show that an escalation already published should never have existed.
            return previous is null || previous.Status == EscalationStatus.Withdrawn
                ? null
                : previous with
                {
                    Status = EscalationStatus.Withdrawn,
                    ResolvedAt = post.AnsweredAt(track.BrandId),
                    UpdatedAt = clock.GetUtcNow().UtcDateTime,
                    Revision = previous.Revision + 1,
                };
        }
        var answeredAt = post.AnsweredAt(track.BrandId);
        var status = StatusOf(post, track);
        if (previous is null && status == EscalationStatus.Withdrawn)
        {
            return null; // Never shown, and never should have been.
        }
        // Any visible change is published (not only big ones): what the brand ends up holding must
        // not depend on how events were batched, or replays at different speeds would differ.
        var score = Math.Round(decision.Score, 1);
        if (previous is not null
            && previous.Status == status
            && previous.Severity == decision.Severity
            && previous.RaisedAt == decision.RaisedAt
            && previous.Score == score
            && previous.Reshares == decision.Peak.TotalReshares
            && previous.Reach == decision.Peak.Reach
            && previous.Virality == Math.Round(decision.Peak.Virality, 1))
        {
            return null;
        }
        var config = catalog.Find(track.BrandId);
        var now = clock.GetUtcNow().UtcDateTime;
        return new Escalation(
            previous?.Id ?? Escalation.IdFor(track.BrandId, post.Id),
            track.BrandId,
            post.Id,
            post.Author?.Id ?? string.Empty,
            decision.Severity,
            score,
            EscalationReasons.Build(
                decision.Peak,
                post.Author?.Followers ?? 0,
                post.Author?.Verified ?? false,
                post.Sentiment,
                decision.PeakUnansweredFor,
                config?.ResponseTargetMinutes ?? 60,
                TopicsFor(post, track.BrandId),
                ThreatensToLeave(post, config)),
            status,
            decision.RaisedAt,
            previous?.ProcessedAt ?? now,
            status == EscalationStatus.Open ? null : answeredAt,
            now,
            (previous?.Revision ?? 0) + 1,
            Math.Round(decision.Peak.Virality, 1),
            post.Author?.Followers ?? 0,
            decision.Peak.Reach,
            decision.Peak.TotalReshares,
            post.Text is { Length: > 280 } t ? t[..280] : post.Text);
    }
}
