using Streams.Abstractions.Events;

namespace Streams.Domain.Matching.Query;

internal sealed class EvalField(QueryField field) : EvalNode
{
    public override bool Evaluate(ref PostScan scan)
    {
        ref readonly var post = ref scan.Metadata;
        return field.Field switch
        {
            QueryFieldKind.Lang => LangMatches(post.Lang, field.Value),
            QueryFieldKind.Region => string.Equals(post.Region, field.Value, StringComparison.OrdinalIgnoreCase),
            QueryFieldKind.Platform => post.Platform == (Platform)field.Number,
            QueryFieldKind.Author => AuthorMatches(post.AuthorHandle, field.Value),
            QueryFieldKind.Verified => post.Verified == (field.Number == 1),
            QueryFieldKind.Followers => field.Comparison switch
            {
                QueryComparison.Greater => post.Followers > field.Number,
                QueryComparison.GreaterOrEqual => post.Followers >= field.Number,
                QueryComparison.Less => post.Followers < field.Number,
                QueryComparison.LessOrEqual => post.Followers <= field.Number,
                _ => post.Followers == field.Number,
            },
            _ => false,
        };
    }

    // "en-GB" and "en_GB" are English.
    private static bool LangMatches(string? lang, string wanted) =>
        lang is not null && lang.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)
        && (lang.Length == wanted.Length || lang[wanted.Length] is '-' or '_');

    private static bool AuthorMatches(string? handle, string wanted)
    {
        if (handle is null)
        {
            return false;
        }
        var name = handle.AsSpan();
        if (name.StartsWith('@'))
        {
            name = name[1..];
        }
        return name.Equals(wanted, StringComparison.OrdinalIgnoreCase);
    }
}
