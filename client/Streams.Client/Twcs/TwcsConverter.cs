using System.Globalization;
using System.Text.Json;
using Streams.Client.Brands;
using Streams.Client.Replay;

namespace Streams.Client.Twcs;

/// <summary>
/// Turns TWCS rows into post events of the public NDJSON contract. The set carries no follower counts,
/// so every author has <c>followers: 0</c>; no language either, so <c>lang</c> is left out for the silo to detect.
/// </summary>
public static class TwcsConverter
{
    private const string CreatedAtFormat = "ddd MMM dd HH:mm:ss zzz yyyy";
    private const int DefaultResponseTargetMinutes = 60;

    /// <summary>Parses "Tue Oct 31 22:10:47 +0000 2017" to a UTC <see cref="DateTime"/>.</summary>
    public static bool TryParseCreatedAt(string text, out DateTime createdAtUtc)
    {
        if (DateTimeOffset.TryParseExact(text.Trim(), CreatedAtFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            createdAtUtc = parsed.UtcDateTime;
            return true;
        }
        createdAtUtc = default;
        return false;
    }

    public static DateTime ParseCreatedAt(string text) =>
        TryParseCreatedAt(text, out var value) ? value : throw new FormatException($"'{text}' is not a TWCS created_at.");

    /// <summary>Rows in replay order: by created_at, ties by numeric tweet id (the sort is stable).</summary>
    public static IReadOnlyList<TwcsRow> SortForReplay(IEnumerable<TwcsRow> rows) =>
        rows.OrderBy(row => row.CreatedAt)
            .ThenBy(row => ulong.TryParse(row.TweetId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : ulong.MaxValue)
            .ThenBy(row => row.TweetId, StringComparer.Ordinal)
            .ToList();

    /// <summary>The post event for one row, as UTF-8 JSON without a trailing newline.</summary>
    public static byte[] ToPostEvent(TwcsRow row)
    {
        using var buffer = new MemoryStream(256 + row.Text.Length * 2);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "post");
            writer.WriteString("id", row.TweetId);
            writer.WriteString("platform", "twitter");
            writer.WriteString("createdAt", row.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteStartObject("author");
            writer.WriteString("id", row.AuthorId);
            writer.WriteString("handle", row.AuthorId);
            writer.WriteNumber("followers", 0);
            writer.WriteEndObject();
            writer.WriteString("text", row.Text);
            if (row.InResponseToTweetId is { } inReplyTo)
            {
                writer.WriteString("inReplyTo", inReplyTo);
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static string ToNdjsonLine(TwcsRow row) => System.Text.Encoding.UTF8.GetString(ToPostEvent(row));

    /// <summary>The rows sorted for replay and turned into events, each tagged with its file line.</summary>
    public static IEnumerable<ReplayRecord> ToReplayRecords(IEnumerable<TwcsRow> rows)
    {
        foreach (var row in SortForReplay(rows))
        {
            yield return new ReplayRecord(row.LineNumber, row.CreatedAt, ToPostEvent(row));
        }
    }

    /// <summary>
    /// One brand per distinct brand account (inbound=False author), in order of first appearance:
    /// id = author lower-cased, name = author, one handle (any platform) = author.
    /// </summary>
    public static IReadOnlyList<BrandRegistration> BrandRegistrations(IEnumerable<TwcsRow> rows)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var brands = new List<BrandRegistration>();
        foreach (var row in rows)
        {
            if (row.Inbound || !seen.Add(row.AuthorId))
            {
                continue;
            }
            brands.Add(new BrandRegistration(
                row.AuthorId.ToLowerInvariant(),
                row.AuthorId,
                [new BrandHandleSpec(null, row.AuthorId)],
                [],
                [],
                DefaultResponseTargetMinutes));
        }
        return brands;
    }
}
