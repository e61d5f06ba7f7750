using Streams.Abstractions.Customers;
using Streams.Domain.Aggregation;
using Streams.Domain.Scoring;

namespace Streams.Domain.Customers;

/// <summary>One author's history with the brands: posts, brands mentioned, sentiment trend, influence, open complaints.</summary>
public sealed class CustomerAggregate(string customerId)
{
    /// <summary>Open complaints kept per customer; beyond this the oldest are dropped from the list (not from the counts).</summary>
    public const int MaxOpenComplaints = 50;

    private readonly Dictionary<string, long> brands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenComplaint> openComplaints = new(StringComparer.Ordinal);
    private SentimentTrend sentiment = new();
    private DecayingSum amplification = new(InfluenceScorer.AmplificationHalfLife);

    /// <summary>Churn threats and, more faintly, complaints, remembered with a 30-day half-life.</summary>
    private DecayingSum churn = new(ChurnHalfLife);

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
        foreach (var post in update.Posts)
        {
            PostCount++;
            Saw(post.At);
            sentiment.Add(post.At, post.Sentiment);
            if (post.ChurnSignal > 0)
            {
                churn.Add(post.At, post.ChurnSignal);
            }
            foreach (var brand in post.Brands)
            {
                brands[brand] = brands.GetValueOrDefault(brand) + 1;
            }
            if (post.IsComplaint)
            {
                openComplaints[post.PostId] = new OpenComplaint(post.PostId, post.Brands, post.At, post.Sentiment);
                if (openComplaints.Count > MaxOpenComplaints)
                {
                    openComplaints.Remove(openComplaints.Values.MinBy(c => c.At)!.PostId);
                }
            }
        }
        foreach (var amplified in update.Amplifications)
        {
            amplification.Add(amplified.At, amplified.Weight);
            Saw(amplified.At);
        }
        foreach (var postId in update.AnsweredComplaints)
        {
            openComplaints.Remove(postId);
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
        new Dictionary<string, long>(brands),
        sentiment.Mean,
        sentiment.Ewma,
        sentiment.Direction,
        sentiment.Recent.Select(p => new Abstractions.Customers.SentimentPoint(p.At, p.Sentiment)).ToArray(),
        openComplaints.Values.OrderBy(c => c.At).ToArray(),
        FirstSeen,
        LastSeen,
        Math.Round(ChurnRisk, 3));

    /// <summary>
    /// 0..1: one recent churn threat alone gives about 0.63, two about 0.86; complaints add a little
    /// each; all of it fades with a 30-day half-life of event time.
    /// </summary>
    public double ChurnRisk => LastSeen is { } at ? 1 - Math.Exp(-churn.ValueAt(at)) : 0;

    /// <summary>Everything needed to rebuild this aggregate exactly (a grain checkpoint).</summary>
    public CustomerAggregateSnapshot Snapshot() => new(
        Id,
        Handle,
        Followers,
        Verified,
        PostCount,
        FirstSeen,
        LastSeen,
        [.. brands],
        // Plain arrays for list members (see BrandAggregate.Snapshot).
        [.. openComplaints.Values.Select(c => c with { Brands = c.Brands.ToArray() })],
        sentiment.Snapshot(),
        amplification.Snapshot(),
        churn.Snapshot());

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
            churn = DecayingSum.FromSnapshot(snapshot.Churn),
        };
        foreach (var (brand, count) in snapshot.Brands)
        {
            aggregate.brands[brand] = count;
        }
        foreach (var complaint in snapshot.OpenComplaints)
        {
            aggregate.openComplaints[complaint.PostId] = complaint;
        }
        return aggregate;
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
