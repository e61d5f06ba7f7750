using Streams.Abstractions.Customers;
using Streams.Domain.Aggregation;
using Streams.Domain.Scoring;

namespace Streams.Domain.Customers;

/// <summary>One author's history with the brands: posts, brands mentioned, sentiment trend, influence, open complaints.</summary>
public sealed class CustomerAggregate(string customerId)
{
    /// <summary>Open complaints kept per customer; beyond this the oldest are dropped from the list (not from the counts).</summary>
    public const int MaxOpenComplaints = 50;

    // A million live customers must fit in memory: most mention one brand and have at most a few open
    // complaints, so both are small arrays searched in place rather than dictionaries, and the
    // complaint list and churn sum exist only once needed.
    // Brand counts in order of first mention; slots past the used ones have a null key (see CountBrand).
    private KeyValuePair<string, long>[] brands = [];
    private List<OpenComplaint>? openComplaints;
    private SentimentTrend sentiment = new();
    private DecayingSum amplification = new(InfluenceScorer.AmplificationHalfLife);

    /// <summary>Churn threats and, more faintly, complaints, remembered with a 30-day half-life.</summary>
    private DecayingSum? churn;

    public static readonly TimeSpan ChurnHalfLife = TimeSpan.FromDays(30);

    public string Id { get; } = customerId;

    public string? Handle { get; private set; }
    public long Followers { get; private set; }
    public bool Verified { get; private set; }
    public long PostCount { get; private set; }
    public DateTime? FirstSeen { get; private set; }
    public DateTime? LastSeen { get; private set; }

    public bool Seen => FirstSeen is not null;

    /// <summary>Influence at the latest event time this customer was seen.</summary>
    public double Influence =>
        InfluenceScorer.Score(Followers, Verified, LastSeen is { } at ? amplification.ValueAt(at) : 0);

    public double Apply(CustomerUpdate update)
    {
        if (update.Handle is not null)
        {
            Handle = update.Handle;
        }
        if (update.Followers is { } followers)
        {
            Followers = followers;
        }
        if (update.Verified is { } verified)
        {
            Verified = verified;
        }
        // Index loops: foreach over the update's IReadOnlyLists would box an enumerator per list.
        for (var p = 0; p < update.Posts.Count; p++)
        {
            var post = update.Posts[p];
            PostCount++;
            Saw(post.At);
            sentiment.Add(post.At, post.Sentiment);
            if (post.ChurnSignal > 0)
            {
                (churn ??= new DecayingSum(ChurnHalfLife)).Add(post.At, post.ChurnSignal);
            }
            for (var b = 0; b < post.Brands.Count; b++)
            {
                CountBrand(post.Brands[b], 1);
            }
            if (post.IsComplaint)
            {
                AddComplaint(new OpenComplaint(post.PostId, post.Brands, post.At, post.Sentiment));
            }
        }
        for (var a = 0; a < update.Amplifications.Count; a++)
        {
            var amplified = update.Amplifications[a];
            amplification.Add(amplified.At, amplified.Weight);
            Saw(amplified.At);
        }
        for (var c = 0; c < update.AnsweredComplaints.Count && openComplaints is not null; c++)
        {
            RemoveComplaint(update.AnsweredComplaints[c]);
        }
        return Influence;
    }

    public CustomerProfile Profile() => new(
        Id,
        Handle,
        Followers,
        Verified,
        Math.Round(Influence, 1),
        LastSeen is { } at ? Math.Round(amplification.ValueAt(at), 2) : 0,
        PostCount,
        new Dictionary<string, long>(brands[..UsedBrandSlots()], StringComparer.Ordinal),
        sentiment.Mean,
        sentiment.Ewma,
        sentiment.Direction,
        sentiment.Recent.Select(p => new Abstractions.Customers.SentimentPoint(p.At, p.Sentiment)).ToArray(),
        openComplaints?.ToArray() ?? [],
        FirstSeen,
        LastSeen,
        Math.Round(ChurnRisk, 3));

    /// <summary>
    /// 0..1: one recent churn threat alone gives about 0.63, two about 0.86; complaints add a little
    /// each; all of it fades with a 30-day half-life of event time.
    /// </summary>
    public double ChurnRisk => LastSeen is { } at && churn is not null ? 1 - Math.Exp(-churn.ValueAt(at)) : 0;

    /// <summary>Everything needed to rebuild this aggregate exactly (a grain checkpoint).</summary>
    public CustomerAggregateSnapshot Snapshot() => new(
        Id,
        Handle,
        Followers,
        Verified,
        PostCount,
        FirstSeen,
        LastSeen,
        [.. brands.AsSpan(0, UsedBrandSlots())],
        // Plain arrays for list members (see BrandAggregate.Snapshot).
        [.. (openComplaints ?? []).Select(c => c with { Brands = c.Brands.ToArray() })],
        sentiment.Snapshot(),
        amplification.Snapshot(),
        (churn ?? new DecayingSum(ChurnHalfLife)).Snapshot());

    public static CustomerAggregate FromSnapshot(CustomerAggregateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var aggregate = new CustomerAggregate(snapshot.Id)
        {
            Handle = snapshot.Handle,
            Followers = snapshot.Followers,
            Verified = snapshot.Verified,
            PostCount = snapshot.PostCount,
            FirstSeen = snapshot.FirstSeen,
            LastSeen = snapshot.LastSeen,
            sentiment = SentimentTrend.FromSnapshot(snapshot.Sentiment),
            amplification = DecayingSum.FromSnapshot(snapshot.Amplification),
            churn = snapshot.Churn.ReferenceTime is null ? null : DecayingSum.FromSnapshot(snapshot.Churn),
        };
        foreach (var (brand, count) in snapshot.Brands)
        {
            aggregate.CountBrand(brand, count);
        }
        foreach (var complaint in snapshot.OpenComplaints)
        {
            aggregate.AddComplaint(complaint);
        }
        return aggregate;
    }

    private void CountBrand(string brand, long count)
    {
        var used = 0;
        for (; used < brands.Length && brands[used].Key is not null; used++)
        {
            if (brands[used].Key == brand)
            {
                brands[used] = new(brand, brands[used].Value + count);
                return;
            }
        }
        if (used == brands.Length)
        {
            // One slot at a time while small: most customers mention a few brands and keep no slack.
            // Past 8, by an eighth: an account that mentions hundreds of brands would otherwise copy
            // its whole array for every new one (garbage quadratic in its brands), and the slack
            // stays under an eighth of an array that only such accounts have.
            Array.Resize(ref brands, used < 8 ? used + 1 : used + used / 8);
        }
        brands[used] = new(brand, count);
    }

    /// <summary>The brand slots in use: the ones before the first free (null-key) slot.</summary>
    private int UsedBrandSlots()
    {
        var used = brands.Length;
        while (used > 0 && brands[used - 1].Key is null)
        {
            used--;
        }
        return used;
    }

    private void RemoveComplaint(string postId)
    {
        for (var i = openComplaints!.Count - 1; i >= 0; i--)
        {
            if (openComplaints[i].PostId == postId)
            {
                openComplaints.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Adds or replaces the complaint (by post); beyond the limit the oldest goes. The list is kept in
    /// event-time order, oldest first. A prolific author's list is full, and a new complaint is nearly
    /// always the latest, so it is placed and the oldest dropped without a search of the whole list;
    /// at the Zipf head of a firehose this was 10% of a saturated silo's CPU with a search for the
    /// post, a search for the oldest and a removal by value (2026-12-01). A post keeps its time, so
    /// a complaint it replaces is among the ones at that same time.
    /// </summary>
    private void AddComplaint(OpenComplaint complaint)
    {
        openComplaints ??= new List<OpenComplaint>(1);
        var at = openComplaints.Count;
        for (; at > 0 && openComplaints[at - 1].At >= complaint.At; at--)
        {
            if (openComplaints[at - 1].PostId == complaint.PostId)
            {
                openComplaints[at - 1] = complaint;
                return;
            }
        }
        // at: after every complaint older than this one.
        if (openComplaints.Count == MaxOpenComplaints)
        {
            if (at == 0)
            {
                return; // Older than all it keeps: it would be the one to go.
            }
            openComplaints.RemoveAt(0);
            at--;
        }
        openComplaints.Insert(at, complaint);
    }

    private void Saw(DateTime at)
    {
        if (FirstSeen is null || at < FirstSeen)
        {
            FirstSeen = at;
        }
        if (LastSeen is null || at > LastSeen)
        {
            LastSeen = at;
        }
    }
}
