using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;
using Streams.Domain.Aggregation;
using Streams.Domain.Text;

namespace Streams.Domain.Brands;

/// <summary>
/// A brand's live picture, built from the partitions' coalesced updates: volume, sentiment mix,
/// response performance, escalations, most influential authors and fastest-spreading posts.
/// </summary>
public sealed class BrandAggregate(string brandId)
{
    public const int TopListSize = 10;

    /// <summary>Closed escalations kept for the history view; open ones are always kept.</summary>
    public const int ClosedEscalationsKept = 5_000;

    private MinuteHourCounter volume = new();
    private SentimentMix sentimentMix = new();
    private FirstResponseLedger responses = new();
    private readonly Dictionary<string, Escalation> escalations = new(StringComparer.Ordinal);
    private readonly Queue<string> closedOrder = new();
    private TopK<string, TopAuthor> authors = new(TopListSize);
    private TopK<string, TopPost> posts = new(TopListSize);
    private readonly Dictionary<string, long> topics = new(StringComparer.Ordinal);
    private readonly long[] intents = new long[WireNames<PostIntent>.All.Count];
    private double sentimentSum;


    public string BrandId { get; } = brandId;

    public long MentionCount { get; private set; }

    public long OwnPostCount { get; private set; }

    public DateTime? LastEventAt { get; private set; }

    public void Apply(BrandUpdate update)
    {
        // Index loops: foreach over the update's IReadOnlyLists would box an enumerator per list.
        for (var m = 0; m < update.Mentions.Count; m++)
        {
            var mention = update.Mentions[m];
            MentionCount++;
            volume.Add(mention.At);
            sentimentMix.Add(mention.Sentiment);
            sentimentSum += mention.Sentiment;
            Saw(mention.At);
            for (var t = 0; t < (mention.Topics?.Count ?? 0); t++)
            {
                var topic = mention.Topics![t];
                topics[topic] = topics.GetValueOrDefault(topic) + 1;
            }
            for (var i = 0; i < intents.Length; i++)
            {
                if ((mention.Intents & (int)WireNames<PostIntent>.All[i]) != 0)
                {
                    intents[i]++;
                }
            }
        }
        OwnPostCount += update.OwnPosts;
        for (var a = 0; a < update.Answers.Count; a++)
        {
            var answer = update.Answers[a];
            responses.Record(answer.PostId, answer.FirstResponse);
            Saw(answer.AnsweredAt);
        }
        for (var e = 0; e < update.Escalations.Count; e++)
        {
            Upsert(update.Escalations[e]);
        }
        for (var s = 0; s < update.Spreading.Count; s++)
        {
            var spread = update.Spreading[s];
            if (posts.Admits(spread.PostId, spread.Virality))
            {
                posts.Offer(spread.PostId, spread.Virality, new TopPost(spread.PostId, spread.Virality, spread.Reshares, spread.Reach, spread.Text));
            }
        }
        for (var a = 0; a < update.Authors.Count; a++)
        {
            var author = update.Authors[a];
            if (authors.Admits(author.AuthorId, author.Influence))
            {
                authors.Offer(author.AuthorId, author.Influence, new TopAuthor(author.AuthorId, author.Handle, author.Influence, author.Followers));
            }
        }
    }

    public BrandStats Stats()
    {
        var now = LastEventAt ?? DateTime.UnixEpoch;
        return new BrandStats(
            BrandId,
            MentionCount,
            OwnPostCount,
            volume.PerMinute(now),
            volume.PerHour(now),
            sentimentMix.Negative,
            sentimentMix.Neutral,
            sentimentMix.Positive,
            responses.AnsweredCount,
            responses.Percentile(0.5)?.TotalSeconds,
            responses.Percentile(0.9)?.TotalSeconds,
            escalations.Values.Count(e => e.Status == EscalationStatus.Open),
            authors.Items().Select(i => i.Payload).ToArray(),
            posts.Items().Select(i => i.Payload).ToArray(),
            LastEventAt,
            MentionCount == 0 ? 0 : sentimentSum / MentionCount,
            topics.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => new TopicCount(t.Key, t.Value)).ToArray(),
            WireNames<PostIntent>.All.Select((intent, i) => (Name: WireNames<PostIntent>.Of(intent), Count: intents[i]))
                .ToDictionary(x => x.Name, x => x.Count));
    }

    /// <summary>Escalations by status (null: open and resolved), most severe first, then newest.</summary>
    public IReadOnlyList<Escalation> Escalations(EscalationStatus? status, bool includeWithdrawn) =>
        escalations.Values
            .Where(e => status is { } s ? e.Status == s : e.Status != EscalationStatus.Withdrawn || includeWithdrawn)
            .OrderBy(e => e.Status)
            .ThenBy(e => e.Severity)
            .ThenByDescending(e => e.RaisedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Everything needed to rebuild this aggregate exactly (a grain checkpoint).</summary>
    public BrandAggregateSnapshot Snapshot() => new(
        BrandId,
        MentionCount,
        OwnPostCount,
        LastEventAt,
        sentimentSum,
        volume.Snapshot(),
        sentimentMix.Snapshot(),
        responses.Snapshot(),
        // Plain arrays for list members: a storage serializer that names runtime types cannot
        // resolve compiler-generated collection types (collection expressions) on read.
        [.. escalations.Values.Select(e => e with { Reasons = e.Reasons.ToArray() })],
        [.. closedOrder],
        authors.Snapshot(),
        posts.Snapshot(),
        [.. topics],
        [.. intents]);

    public static BrandAggregate FromSnapshot(BrandAggregateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Intents.Length != WireNames<PostIntent>.All.Count)
        {
            // The intent list changed shape since the checkpoint; counts by position would be misread.
            throw new ArgumentException($"The snapshot holds {snapshot.Intents.Length} intent counts, expected {WireNames<PostIntent>.All.Count}.", nameof(snapshot));
        }
        var aggregate = new BrandAggregate(snapshot.BrandId)
        {
            MentionCount = snapshot.MentionCount,
            OwnPostCount = snapshot.OwnPostCount,
            LastEventAt = snapshot.LastEventAt,
            sentimentSum = snapshot.SentimentSum,
            volume = MinuteHourCounter.FromSnapshot(snapshot.Volume),
            sentimentMix = SentimentMix.FromSnapshot(snapshot.SentimentMix),
            responses = FirstResponseLedger.FromSnapshot(snapshot.Responses),
            authors = TopK<string, TopAuthor>.FromSnapshot(snapshot.Authors),
            posts = TopK<string, TopPost>.FromSnapshot(snapshot.Posts),
        };
        foreach (var escalation in snapshot.Escalations)
        {
            aggregate.escalations[escalation.Id] = escalation;
        }
        foreach (var id in snapshot.ClosedOrder)
        {
            aggregate.closedOrder.Enqueue(id);
        }
        foreach (var (topic, count) in snapshot.Topics)
        {
            aggregate.topics[topic] = count;
        }
        snapshot.Intents.CopyTo(aggregate.intents);
        return aggregate;
    }

    private void Upsert(Escalation escalation)
    {
        if (escalations.TryGetValue(escalation.Id, out var known) && known.Revision >= escalation.Revision)
        {
            return; // Flushes from a partition can overtake each other; the revision orders them.
        }
        escalations[escalation.Id] = escalation;
        if (escalation.Status != EscalationStatus.Open)
        {
            closedOrder.Enqueue(escalation.Id);
            while (closedOrder.Count > ClosedEscalationsKept)
            {
                var oldest = closedOrder.Dequeue();
                if (escalations.TryGetValue(oldest, out var e) && e.Status != EscalationStatus.Open)
                {
                    escalations.Remove(oldest);
                }
            }
        }
    }

    private void Saw(DateTime at)
    {
        if (LastEventAt is null || at > LastEventAt)
        {
            LastEventAt = at;
        }
    }
}
