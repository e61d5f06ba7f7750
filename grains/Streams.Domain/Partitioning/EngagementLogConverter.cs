using System.Text.Json;
using System.Text.Json.Serialization;
using Streams.Domain.Posts;
using Streams.Domain.Scoring;

namespace Streams.Domain.Partitioning;

/// <summary>
/// Writes an engagement log as one flat array of numbers, three per engagement: ticks since the
/// previous engagement, kind, followers.
/// </summary>
/// <remarks>
/// Engagement logs are most of a checkpoint (up to <see cref="PostRecord.MaxLoggedEngagements"/> per
/// post). As objects each would repeat three property names and a full 18-digit time; the log is
/// sorted, so the gaps are small numbers, and the whole compresses several times better.
/// </remarks>
public sealed class EngagementLogConverter : JsonConverter<Engagement[]>
{
    public override Engagement[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an engagement log as an array of numbers.");
        }
        List<Engagement>? log = null;
        long ticks = 0;
        while (true)
        {
            if (!reader.Read())
            {
                throw new JsonException("The engagement log ends early.");
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return log is null ? [] : [.. log];
            }
            ticks += ReadNumber(ref reader);
            if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            {
                throw new JsonException("An engagement time is out of range.");
            }
            var kind = ReadNextNumber(ref reader);
            if (kind is < (long)EngagementKind.Repost or > (long)EngagementKind.Like)
            {
                throw new JsonException($"Unknown engagement kind {kind}.");
            }
            var followers = ReadNextNumber(ref reader);
            (log ??= []).Add(new Engagement(ticks, (EngagementKind)kind, followers));
        }
    }

    public override void Write(Utf8JsonWriter writer, Engagement[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        long previous = 0;
        foreach (var engagement in value)
        {
            writer.WriteNumberValue(engagement.Ticks - previous);
            writer.WriteNumberValue((byte)engagement.Kind);
            writer.WriteNumberValue(engagement.Followers);
            previous = engagement.Ticks;
        }
        writer.WriteEndArray();
    }

    private static long ReadNextNumber(ref Utf8JsonReader reader) =>
        reader.Read() ? ReadNumber(ref reader) : throw new JsonException("The engagement log ends early.");

    private static long ReadNumber(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value)
            ? value
            : throw new JsonException("The engagement log holds something other than whole numbers, or is cut short.");
}
