using System.Buffers;
using System.Text;
using System.Text.Json;
using Streams.Abstractions.Events;

namespace Streams.Domain.Ingest;

/// <summary>
/// Turns one NDJSON line into a <see cref="MentionEvent"/>, or says precisely why it cannot.
/// </summary>
/// <remarks>
/// <para>The rules below are the public contract of the ingest endpoint.</para>
/// <list type="bullet">
/// <item>A line is exactly one JSON object in UTF-8. Anything but whitespace after it is an error, as is
/// invalid UTF-8 anywhere in the line (<c>invalid UTF-8 at byte N</c>). A leading UTF-8 byte-order mark is ignored.</item>
/// <item>Property names are case-sensitive camelCase. Unknown properties are ignored whatever their value
/// (nested objects and arrays included). A known property given twice is an error (<c>duplicate field 'x'</c>),
/// because different readers would disagree on which one counts.</item>
/// <item>A JSON <c>null</c> counts as the property being absent, for every property.</item>
/// <item><c>kind</c> is required and is one of <c>post</c>, <c>repost</c>, <c>like</c> (exact, lower case). It may
/// appear anywhere in the object.</item>
/// <item>post: <c>id</c>, <c>platform</c>, <c>createdAt</c>, <c>author</c> and <c>text</c> are required;
/// <c>lang</c>, <c>inReplyTo</c>, <c>quoteOf</c> and <c>region</c> are optional strings (an empty string counts as absent).
/// The post id is also its PostId. Text may be empty (image-only posts) but not longer than
/// <see cref="IngestLimits.MaxTextLength"/> characters.</item>
/// <item>repost: <c>id</c>, <c>postId</c>, <c>createdAt</c> and <c>author</c> are required, <c>platform</c> optional
/// (Unknown when absent). A repost whose id equals its postId is an error.</item>
/// <item>like: <c>postId</c>, <c>createdAt</c> and <c>author</c> are required; <c>id</c> and <c>platform</c> optional
/// (id is the empty string when absent).</item>
/// <item>Reposts and likes keep no text, lang, inReplyTo, quoteOf or region even when the line carries them.</item>
/// <item>Ids (<c>id</c>, <c>postId</c>, <c>author.id</c>) that are required must be non-empty. Every id and short string
/// (<c>author.handle</c>, <c>lang</c>, <c>inReplyTo</c>, <c>quoteOf</c>, <c>region</c>) is at most
/// <see cref="IngestLimits.MaxIdLength"/> characters.</item>
/// <item><c>platform</c>, when present, is one of <see cref="PlatformNames.All"/>, compared case-insensitively.</item>
/// <item><c>createdAt</c> is an ISO 8601 date-time (upper-case 'T') with an explicit offset: <c>2026-11-22T10:00:00Z</c>,
/// <c>2026-11-22T12:00:00+02:00</c> or <c>+02</c>; fractions of a second up to 7 digits. It is converted to UTC. A date-time without an offset is refused, because event
/// time must not depend on where the server runs; so is one later than <see cref="IngestLimits.LatestCreatedAt"/>.</item>
/// <item><c>author</c> is an object: <c>id</c> required; <c>handle</c> optional (a leading '@' is removed, empty counts
/// as absent); <c>followers</c> an optional integer ≥ 0 (default 0); <c>verified</c> optional true/false (default false).</item>
/// <item>The contract's fields must have the contract's JSON types wherever they appear, even on a kind that ignores
/// them: <c>field 'text' must be a string</c>, <c>field 'author.followers' must be a non-negative integer</c>.</item>
/// <item>Error messages name the field by its path: <c>missing field 'author.id'</c>. Malformed JSON reads
/// <c>invalid JSON: reason at byte N</c>, N being the 0-based byte offset in the line. The first problem found is reported.</item>
/// </list>
/// </remarks>
public static class MentionEventParser
{
    private const int FieldKind = 1 << 0;
    private const int FieldId = 1 << 1;
    private const int FieldPostId = 1 << 2;
    private const int FieldPlatform = 1 << 3;
    private const int FieldCreatedAt = 1 << 4;
    private const int FieldAuthor = 1 << 5;
    private const int FieldText = 1 << 6;
    private const int FieldLang = 1 << 7;
    private const int FieldInReplyTo = 1 << 8;
    private const int FieldQuoteOf = 1 << 9;
    private const int FieldRegion = 1 << 10;

    private const int AuthorId = 1 << 0;
    private const int AuthorHandle = 1 << 1;
    private const int AuthorFollowers = 1 << 2;
    private const int AuthorVerified = 1 << 3;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    private static readonly string PlatformList = string.Join(", ", PlatformNames.All);

    private static readonly (byte[] Name, Platform Platform)[] PlatformsByName = BuildPlatformTable();

    /// <summary>Parses one line (without its '\n'). Never throws for bad input; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Line, IngestLimits limits, out MentionEvent? mention, out string? error)
    {
        ArgumentNullException.ThrowIfNull(limits);
        mention = null;
        if (utf8Line.StartsWith("\uFEFF"u8))
        {
            utf8Line = utf8Line[3..];
        }
        // The reader only checks UTF-8 inside the strings it decodes; skipped values would slip through.
        // Validating the whole line is vectorised and cheap next to the parse itself.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Line))
        {
            error = $"invalid UTF-8 at byte {FirstInvalidUtf8Offset(utf8Line)}";
            return false;
        }
        if (utf8Line.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            error = "line is empty";
            return false;
        }
        var reader = new Utf8JsonReader(utf8Line, ReaderOptions);
        try
        {
            error = ReadEvent(ref reader, limits, out mention);
        }
        catch (JsonException ex)
        {
            mention = null;
            error = DescribeJsonError(ex);
        }
        return error is null;
    }

    private static string? ReadEvent(ref Utf8JsonReader reader, IngestLimits limits, out MentionEvent? mention)
    {
        mention = null;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return $"line must be a JSON object, not {DescribeToken(reader.TokenType)}";
        }

        var seen = 0;
        EventKind? kind = null;
        string? id = null, postId = null, text = null, lang = null, inReplyTo = null, quoteOf = null, region = null;
        var platform = Platform.Unknown;
        DateTime? createdAt = null;
        var authorPresent = false;
        string? authorId = null, handle = null;
        long followers = 0;
        var verified = false;
        string? error;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = IdentifyEventField(ref reader);
            reader.Read();
            if (field == 0)
            {
                reader.Skip();
                continue;
            }
            if ((seen & field) != 0)
            {
                return $"duplicate field '{EventFieldName(field)}'";
            }
            seen |= field;
            error = field switch
            {
                FieldKind => ReadKind(ref reader, out kind),
                FieldId => ReadString(ref reader, "id", limits.MaxIdLength, emptyIsNull: false, out id),
                FieldPostId => ReadString(ref reader, "postId", limits.MaxIdLength, emptyIsNull: false, out postId),
                FieldPlatform => ReadPlatform(ref reader, out platform),
                FieldCreatedAt => ReadCreatedAt(ref reader, limits, out createdAt),
                FieldAuthor => ReadAuthor(ref reader, limits, out authorPresent, out authorId, out handle, out followers, out verified),
                FieldText => ReadString(ref reader, "text", limits.MaxTextLength, emptyIsNull: false, out text),
                FieldLang => ReadLang(ref reader, limits, out lang),
                FieldInReplyTo => ReadString(ref reader, "inReplyTo", limits.MaxIdLength, emptyIsNull: true, out inReplyTo),
                FieldQuoteOf => ReadString(ref reader, "quoteOf", limits.MaxIdLength, emptyIsNull: true, out quoteOf),
                FieldRegion => ReadString(ref reader, "region", limits.MaxIdLength, emptyIsNull: true, out region),
                _ => null,
            };
            if (error is not null)
            {
                return error;
            }
        }

        // With SupportMultipleContent off, anything but whitespace after the object makes Read throw.
        if (reader.Read())
        {
            return "line must hold a single JSON object";
        }

        if (kind is null)
        {
            return "missing field 'kind'";
        }

        switch (kind.Value)
        {
            case EventKind.Post:
                error = RequireId(id, "id") ?? (platform == Platform.Unknown ? "missing field 'platform'" : null)
                    ?? RequireCommon(createdAt, authorPresent, authorId)
                    ?? (text is null ? "missing field 'text'" : null)
                    ?? (string.Equals(id, inReplyTo, StringComparison.Ordinal) ? "a post cannot reply to itself (id equals inReplyTo)" : null)
                    ?? (string.Equals(id, quoteOf, StringComparison.Ordinal) ? "a post cannot quote itself (id equals quoteOf)" : null);
                if (error is not null)
                {
                    return error;
                }
                mention = new MentionEvent(EventKind.Post, id!, id!, createdAt!.Value, new AuthorRef(authorId!, handle, followers, verified),
                    platform, text, lang, inReplyTo, quoteOf, region);
                return null;

            case EventKind.Repost:
                error = RequireId(id, "id") ?? RequireId(postId, "postId")
                    ?? (string.Equals(id, postId, StringComparison.Ordinal) ? "a repost cannot repost itself (id equals postId)" : null)
                    ?? RequireCommon(createdAt, authorPresent, authorId);
                if (error is not null)
                {
                    return error;
                }
                mention = new MentionEvent(EventKind.Repost, id!, postId!, createdAt!.Value, new AuthorRef(authorId!, handle, followers, verified),
                    platform, null, null, null, null, null);
                return null;

            default:
                error = RequireId(postId, "postId") ?? RequireCommon(createdAt, authorPresent, authorId);
                if (error is not null)
                {
                    return error;
                }
                mention = new MentionEvent(EventKind.Like, id ?? string.Empty, postId!, createdAt!.Value, new AuthorRef(authorId!, handle, followers, verified),
                    platform, null, null, null, null, null);
                return null;
        }
    }

    private static string? RequireId(string? value, string name) =>
        value is null ? $"missing field '{name}'" : value.Length == 0 ? $"field '{name}' must not be empty" : null;

    private static string? RequireCommon(DateTime? createdAt, bool authorPresent, string? authorId) =>
        createdAt is null ? "missing field 'createdAt'"
        : !authorPresent ? "missing field 'author'"
        : RequireId(authorId, "author.id");

    private static int IdentifyEventField(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return IdentifyEscaped(ref reader, EventFieldNames);
        }
        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => FieldId,
            4 when name.SequenceEqual("kind"u8) => FieldKind,
            4 when name.SequenceEqual("text"u8) => FieldText,
            4 when name.SequenceEqual("lang"u8) => FieldLang,
            6 when name.SequenceEqual("postId"u8) => FieldPostId,
            6 when name.SequenceEqual("author"u8) => FieldAuthor,
            6 when name.SequenceEqual("region"u8) => FieldRegion,
            7 when name.SequenceEqual("quoteOf"u8) => FieldQuoteOf,
            8 when name.SequenceEqual("platform"u8) => FieldPlatform,
            9 when name.SequenceEqual("createdAt"u8) => FieldCreatedAt,
            9 when name.SequenceEqual("inReplyTo"u8) => FieldInReplyTo,
            _ => 0,
        };
    }

    private static int IdentifyAuthorField(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return IdentifyEscaped(ref reader, AuthorFieldNames);
        }
        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => AuthorId,
            6 when name.SequenceEqual("handle"u8) => AuthorHandle,
            8 when name.SequenceEqual("verified"u8) => AuthorVerified,
            9 when name.SequenceEqual("followers"u8) => AuthorFollowers,
            _ => 0,
        };
    }

    private static readonly (string Name, int Field)[] EventFieldNames =
    [
        ("kind", FieldKind), ("id", FieldId), ("postId", FieldPostId), ("platform", FieldPlatform),
        ("createdAt", FieldCreatedAt), ("author", FieldAuthor), ("text", FieldText), ("lang", FieldLang),
        ("inReplyTo", FieldInReplyTo), ("quoteOf", FieldQuoteOf), ("region", FieldRegion),
    ];

    private static readonly (string Name, int Field)[] AuthorFieldNames =
    [
        ("id", AuthorId), ("handle", AuthorHandle), ("followers", AuthorFollowers), ("verified", AuthorVerified),
    ];

    // A property name written with escapes ("\u006bind") is legal JSON; it is rare enough to compare slowly.
    private static int IdentifyEscaped(ref Utf8JsonReader reader, (string Name, int Field)[] names)
    {
        foreach (var (name, field) in names)
        {
            if (reader.ValueTextEquals(name))
            {
                return field;
            }
        }
        return 0;
    }

    private static string EventFieldName(int field)
    {
        foreach (var (name, f) in EventFieldNames)
        {
            if (f == field)
            {
                return name;
            }
        }
        return "?";
    }

    private static string? ReadKind(ref Utf8JsonReader reader, out EventKind? kind)
    {
        kind = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            return "field 'kind' must be a string";
        }
        if (reader.ValueTextEquals("post"u8))
        {
            kind = EventKind.Post;
        }
        else if (reader.ValueTextEquals("repost"u8))
        {
            kind = EventKind.Repost;
        }
        else if (reader.ValueTextEquals("like"u8))
        {
            kind = EventKind.Like;
        }
        else
        {
            return $"kind must be one of post, repost, like (got '{Shorten(GetStringOrEmpty(ref reader))}')";
        }
        return null;
    }

    private static string? ReadPlatform(ref Utf8JsonReader reader, out Platform platform)
    {
        platform = Platform.Unknown;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            return "field 'platform' must be a string";
        }
        if (!reader.ValueIsEscaped)
        {
            var value = reader.ValueSpan;
            foreach (var (name, candidate) in PlatformsByName)
            {
                if (Ascii.EqualsIgnoreCase(value, name))
                {
                    platform = candidate;
                    return null;
                }
            }
        }
        var text = GetStringOrEmpty(ref reader);
        if (reader.ValueIsEscaped && PlatformNames.TryParse(text, out platform))
        {
            return null;
        }
        return $"field 'platform' must be one of {PlatformList} (got '{Shorten(text)}')";
    }

    private static string? ReadCreatedAt(ref Utf8JsonReader reader, IngestLimits limits, out DateTime? createdAt)
    {
        createdAt = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            return "field 'createdAt' must be a string";
        }
        if (!reader.TryGetDateTimeOffset(out var value))
        {
            return $"field 'createdAt' must be an ISO 8601 date-time such as 2026-11-22T10:00:00Z (got '{Shorten(GetStringOrEmpty(ref reader))}')";
        }
        if (!HasExplicitOffset(ref reader))
        {
            return "field 'createdAt' must include a UTC offset or Z, e.g. 2026-11-22T10:00:00Z or 2026-11-22T12:00:00+02:00";
        }
        if (limits.LatestCreatedAt is { } latest && value.UtcDateTime > latest)
        {
            return $"field 'createdAt' is {value.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}, later than the latest accepted, {latest:yyyy-MM-dd'T'HH:mm:ss'Z'} (the server's clock plus Streams:MaxEventAheadMinutes)";
        }
        createdAt = value.UtcDateTime;
        return null;
    }

    // TryGetDateTimeOffset reads a missing offset as the server's local time; the contract refuses that, so the
    // time part (after 'T') must carry 'Z' or a sign. The time digits themselves never contain either.
    private static bool HasExplicitOffset(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            // Escapes inside a date are legal but odd enough not to deserve an allocation-free path.
            var text = reader.GetString()!;
            var tc = text.AsSpan().IndexOfAny('T', 't');
            return tc >= 0 && text.AsSpan(tc + 1).IndexOfAny("Zz+-") >= 0;
        }
        var value = reader.ValueSpan;
        var t = value.IndexOfAny((byte)'T', (byte)'t');
        return t >= 0 && value[(t + 1)..].IndexOfAny("Zz+-"u8) >= 0;
    }

    private static string? ReadAuthor(ref Utf8JsonReader reader, IngestLimits limits, out bool present, out string? id, out string? handle,
        out long followers, out bool verified)
    {
        present = false;
        id = null;
        handle = null;
        followers = 0;
        verified = false;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return "field 'author' must be an object";
        }
        present = true;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = IdentifyAuthorField(ref reader);
            reader.Read();
            if (field == 0)
            {
                reader.Skip();
                continue;
            }
            if ((seen & field) != 0)
            {
                return $"duplicate field 'author.{AuthorFieldName(field)}'";
            }
            seen |= field;
            string? error = null;
            switch (field)
            {
                case AuthorId:
                    error = ReadString(ref reader, "author.id", limits.MaxIdLength, emptyIsNull: false, out id);
                    break;
                case AuthorHandle:
                    error = ReadString(ref reader, "author.handle", limits.MaxIdLength, emptyIsNull: true, out handle);
                    if (handle is not null && handle.StartsWith('@'))
                    {
                        handle = handle.Length == 1 ? null : handle[1..];
                    }
                    break;
                case AuthorFollowers:
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out followers) && followers >= 0)
                    {
                        break;
                    }
                    followers = 0;
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        error = "field 'author.followers' must be a non-negative integer";
                    }
                    break;
                default:
                    if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                    {
                        verified = reader.TokenType == JsonTokenType.True;
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        error = "field 'author.verified' must be true or false";
                    }
                    break;
            }
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    private static string AuthorFieldName(int field)
    {
        foreach (var (name, f) in AuthorFieldNames)
        {
            if (f == field)
            {
                return name;
            }
        }
        return "?";
    }

    private static string? ReadLang(ref Utf8JsonReader reader, IngestLimits limits, out string? lang)
    {
        // Nearly every post carries one of a handful of codes; handing out the same instances saves an allocation per post.
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length == 2)
        {
            var value = reader.ValueSpan;
            lang = value.SequenceEqual("en"u8) ? "en"
                : value.SequenceEqual("fr"u8) ? "fr"
                : value.SequenceEqual("es"u8) ? "es"
                : value.SequenceEqual("de"u8) ? "de"
                : null;
            if (lang is not null)
            {
                return null;
            }
        }
        return ReadString(ref reader, "lang", limits.MaxIdLength, emptyIsNull: true, out lang);
    }

    private static string? ReadString(ref Utf8JsonReader reader, string path, int maxLength, bool emptyIsNull, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            return $"field '{path}' must be a string";
        }
        try
        {
            value = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return $"field '{path}' is not valid Unicode text";
        }
        if (value!.Length > maxLength)
        {
            value = null;
            return $"field '{path}' is longer than {maxLength} characters";
        }
        if (emptyIsNull && value.Length == 0)
        {
            value = null;
        }
        return null;
    }

    private static string GetStringOrEmpty(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return string.Empty;
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

    private static string DescribeToken(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string DescribeJsonError(JsonException ex)
    {
        // The reader's messages end with " LineNumber: 0 | BytePositionInLine: N."; the line is ours to report.
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).TrimEnd(' ', '.');
        return $"invalid JSON: {reason} at byte {ex.BytePositionInLine ?? 0}";
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> line)
    {
        var offset = 0;
        while (offset < line.Length)
        {
            if (Rune.DecodeFromUtf8(line[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return offset;
    }

    private static (byte[] Name, Platform Platform)[] BuildPlatformTable()
    {
        var table = new List<(byte[], Platform)>();
        foreach (var name in PlatformNames.All)
        {
            if (PlatformNames.TryParse(name, out var platform))
            {
                table.Add((Encoding.UTF8.GetBytes(name), platform));
            }
        }
        return [.. table];
    }
}
