using System.Text.Json;
using System.Text.Json.Serialization;

namespace Streams.Domain.Partitioning;

/// <summary>
/// Writes a <see cref="DateTime"/> as its UTC ticks and reads it back with <see cref="DateTimeKind.Utc"/>.
/// </summary>
/// <remarks>
/// The default ISO form reads a value back as Unspecified when it was not marked UTC (DateTime.MinValue,
/// for one), and the engine's output carries the kind (a "Z" in the API's JSON). Ticks are also exact,
/// shorter and cheaper to parse. Every time in the engine is UTC; an Unspecified one is taken as UTC.
/// </remarks>
public sealed class UtcTicksConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var ticks)
            || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            throw new JsonException("Expected a time as a number of ticks.");
        }
        return new DateTime(ticks, DateTimeKind.Utc);
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteNumberValue((value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value).Ticks);
}
