using System.Text.Json;

namespace Streams.Client.Brands;

/// <summary>Writes brand registrations in the wire shape of POST /api/brands.</summary>
public static class BrandJson
{
    public static byte[] Serialize(BrandRegistration brand)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, brand);
        }
        return buffer.ToArray();
    }

    /// <summary>A JSON array of brand objects, the body of <c>POST /api/brands/batch</c>.</summary>
    public static byte[] SerializeArray(IEnumerable<BrandRegistration> brands)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var brand in brands)
            {
                Write(writer, brand);
            }
            writer.WriteEndArray();
        }
        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, BrandRegistration brand)
    {
        writer.WriteStartObject();
        writer.WriteString("id", brand.Id);
        writer.WriteString("name", brand.Name);
        writer.WriteStartArray("handles");
        foreach (var handle in brand.Handles)
        {
            if (handle.Platform is null)
            {
                writer.WriteStringValue(handle.Handle);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString("platform", handle.Platform);
                writer.WriteString("handle", handle.Handle);
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();
        WriteStrings(writer, "aliases", brand.Aliases);
        WriteStrings(writer, "languages", brand.Languages);
        writer.WriteNumber("responseTargetMinutes", brand.ResponseTargetMinutes);
        if (brand.Query is not null)
        {
            writer.WriteString("query", brand.Query);
        }
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }
}
