using System.Text.Json;

namespace Streams.E2ETests.Infrastructure;

/// <summary>NDJSON lines of the event contract, for scripting what a brand's dashboard shows.</summary>
public static class Firehose
{
    public static string Post(string id, string text, string authorId, DateTime at, long followers = 200, string? inReplyTo = null, string? handle = null) =>
        JsonSerializer.Serialize(new
        {
            kind = "post",
            id,
            platform = "twitter",
            createdAt = at,
            author = new { id = authorId, handle = handle ?? authorId, followers },
            text,
            lang = "en",
            inReplyTo,
        });

    public static string Repost(string id, string postId, string authorId, DateTime at, long followers = 900) =>
        JsonSerializer.Serialize(new { kind = "repost", id, postId, createdAt = at, author = new { id = authorId, followers } });

    /// <summary>A negative post about a brand, then enough reposts from well-followed accounts to escalate it.</summary>
    public static IEnumerable<string> Spreading(string postId, string text, string authorId, DateTime at, long followers = 5_000, int reposts = 40)
    {
        yield return Post(postId, text, authorId, at, followers, handle: authorId.Replace('-', '_'));
        for (var i = 0; i < reposts; i++)
        {
            yield return Repost($"{postId}-r{i}", postId, $"{postId}-fan{i}", at.AddMinutes(1).AddSeconds(i * 10));
        }
    }
}
