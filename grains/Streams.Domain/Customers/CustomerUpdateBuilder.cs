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
    private HashSet<string>? mentionedBrands;
    private DateTime amplifiedAt;
    private double amplification;

    public AuthorRef Author { get; private set; } = author;

    public IReadOnlyList<CustomerPost> Posts => posts ?? (IReadOnlyList<CustomerPost>)[];

    public IReadOnlyList<string> AnsweredComplaints => answeredComplaints ?? (IReadOnlyList<string>)[];

    /// <summary>Brands this author mentioned in this flush: their "most influential authors" lists get the author's new influence.</summary>
    public IReadOnlyCollection<string> MentionedBrands => mentionedBrands ?? (IReadOnlyCollection<string>)[];

    /// <summary>Whether the author's profile details came from a post (reshares only carry the target post's author id).</summary>
    public bool HasProfile { get; set; }

    /// <summary>Keeps the newest author snapshot: follower counts change over time.</summary>
    public void Saw(AuthorRef author) => Author = author;

    public void AddPost(CustomerPost post) => (posts ??= []).Add(post);

    public void AddMentionedBrand(string brandId) => (mentionedBrands ??= new(StringComparer.Ordinal)).Add(brandId);

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
