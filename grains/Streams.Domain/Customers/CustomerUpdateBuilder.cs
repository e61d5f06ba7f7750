using Streams.Abstractions.Customers;
using Streams.Abstractions.Events;

namespace Streams.Domain.Customers;

/// <summary>Collects what a partition learned about one author until the next flush.</summary>
public sealed class CustomerUpdateBuilder(AuthorRef author)
{
    public AuthorRef Author { get; private set; } = author;

    public List<CustomerPost> Posts { get; } = [];

    public List<Amplification> Amplifications { get; } = [];

    public List<string> AnsweredComplaints { get; } = [];

    /// <summary>Brands this author mentioned in this flush: their "most influential authors" lists get the author's new influence.</summary>
    public HashSet<string> MentionedBrands { get; } = new(StringComparer.Ordinal);

    /// <summary>Keeps the newest author snapshot: follower counts change over time.</summary>
    public void Saw(AuthorRef author) => Author = author;

    /// <summary>Whether the author's profile details came from a post (reshares only carry the target post's author id).</summary>
    public bool HasProfile { get; set; }

    public CustomerUpdate Build() => new(
        HasProfile ? Author.Handle : null,
        HasProfile ? Author.Followers : null,
        HasProfile ? Author.Verified : null,
        Posts.ToArray(),
        Amplifications.ToArray(),
        AnsweredComplaints.ToArray());
}
