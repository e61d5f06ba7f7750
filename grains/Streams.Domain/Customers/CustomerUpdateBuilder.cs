using Streams.Abstractions.Customers;
using Streams.Abstractions.Events;
using Streams.Domain.Scoring;

namespace Streams.Domain.Customers;

/// <summary>
/// Collects what a partition learned about one author until the next flush. Built for every author
/// touched by the firehose, so its collections are created only when something goes in them.
/// </summary>
public sealed class CustomerUpdateBuilder(AuthorRef author)
{
    private static readonly double LnHalf = Math.Log(0.5);
    private List<CustomerPost>? posts;
    private List<string>? answeredComplaints;
    private DateTime amplifiedAt;
    private double amplification;

    public AuthorRef Author { get; private set; } = author;

    public IReadOnlyList<CustomerPost> Posts => posts ?? (IReadOnlyList<CustomerPost>)[];

    public IReadOnlyList<string> AnsweredComplaints => answeredComplaints ?? (IReadOnlyList<string>)[];

    /// <summary>Brands this author mentioned in this flush (distinct, in order of first mention): their
    /// "most influential authors" lists get the author's new influence.</summary>
    /// <remarks>Derived from the posts when asked, once per flush, rather than kept in a set per author per flush.</remarks>
    public IReadOnlyList<string> MentionedBrands
    {
        get
        {
            if (posts is null)
            {
                return [];
            }
            if (posts.Count == 1 && AreDistinct(posts[0].Brands))
            {
                return posts[0].Brands; // The common case: one post in the flush, its matched brands as they are.
            }
            var brands = new List<string>(posts[0].Brands.Count + 1);
            foreach (var post in posts)
            {
                for (var i = 0; i < post.Brands.Count; i++)
                {
                    if (!brands.Contains(post.Brands[i]))
                    {
                        brands.Add(post.Brands[i]);
                    }
                }
            }
            return brands;
        }
    }

    /// <summary>Whether the author's profile details came from a post (reshares only carry the target post's author id).</summary>
    public bool HasProfile { get; set; }

    private static bool AreDistinct(IReadOnlyList<string> brands)
    {
        for (var i = 1; i < brands.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (brands[i] == brands[j])
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Keeps the newest author snapshot: follower counts change over time.</summary>
    public void Saw(AuthorRef author) => Author = author;

    public void AddPost(CustomerPost post) => (posts ??= []).Add(post);

    public void AddAnsweredComplaint(string postId) => (answeredComplaints ??= []).Add(postId);

    /// <summary>
    /// A reshare of one of the author's posts. Amplification decays with a fixed half-life, so any
    /// number of reshares folds exactly into one weight at the latest of their times: the customer
    /// grain applies one entry per flush instead of one per reshare.
    /// </summary>
    public void Amplify(DateTime at, double weight)
    {
        var halfLifeTicks = (double)InfluenceScorer.AmplificationHalfLife.Ticks;
        if (amplification == 0 || at >= amplifiedAt)
        {
            amplification = amplification == 0 ? weight : amplification * Math.Exp(LnHalf * (at - amplifiedAt).Ticks / halfLifeTicks) + weight;
            amplifiedAt = at;
        }
        else
        {
            amplification += weight * Math.Exp(LnHalf * (amplifiedAt - at).Ticks / halfLifeTicks);
        }
    }

    public CustomerUpdate Build() => new(
        HasProfile ? Author.Handle : null,
        HasProfile ? Author.Followers : null,
        HasProfile ? Author.Verified : null,
        posts?.ToArray() ?? [],
        amplification > 0 ? [new Amplification(amplifiedAt, amplification)] : [],
        answeredComplaints?.ToArray() ?? []);
}
