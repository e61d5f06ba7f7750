using System.Text.Json;

namespace Streams.Client.Replay;

/// <summary>Finds the top-level <c>createdAt</c> of an NDJSON event without materialising the event.</summary>
public static class CreatedAtExtractor
{
    private static readonly byte[] PropertyName = "createdAt"u8.ToArray();

    public static bool TryRead(ReadOnlySpan<byte> json, out DateTime createdAtUtc)
    {
        createdAtUtc = default;
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return false;
                }
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }
                bool isCreatedAt = reader.ValueTextEquals(PropertyName);
                reader.Read();
                if (isCreatedAt)
                {
                    if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
                    {
                        createdAtUtc = value.UtcDateTime;
                        return true;
                    }
                    return false;
                }
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A malformed line is still sent: the silo rejects it and reports why, with its line number.
        }
        return false;
    }
}
