using Streams.Abstractions.Posts;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

/// <summary>A post cut down to what a key may see: a post about brands A and B shows a key for A only A's side.</summary>
public static class ScopedPostView
{
    /// <summary>Null when the key may see nothing of the post.</summary>
    public static PostView? For(PostView post, BrandScope scope)
    {
        if (scope.EveryBrand)
        {
            return post;
        }
        var brands = post.Brands.Where(scope.Allows).ToArray();
        var owner = post.OwnerBrand is { } o && scope.Allows(o) ? o : null;
        if (brands.Length == 0 && owner is null)
        {
            return null;
        }
        var answers = post.Answers.Where(a => scope.Allows(a.BrandId)).ToArray();
        return post with
        {
            Brands = brands,
            OwnerBrand = owner,
            Answers = answers,
            Answered = brands.Length > 0 && brands.All(b => answers.Any(a => a.BrandId == b)),
            Escalations = post.Escalations.Where(e => scope.Allows(e.BrandId)).ToArray(),
        };
    }
}
