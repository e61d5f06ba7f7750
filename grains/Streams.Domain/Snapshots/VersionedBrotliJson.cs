using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Streams.Domain.Snapshots;

/// <summary>
/// Reads the format shared by the partition checkpoint and the sleeping customer's snapshot: one
/// format-version byte, then Brotli-compressed JSON. Anything else, empty, of another version or
/// damaged, is an <see cref="InvalidDataException"/> that names what was being read.
/// </summary>
public static class VersionedBrotliJson
{
    /// <param name="what">What the bytes are, for the error messages ("partition checkpoint").</param>
    public static T Read<T>(ReadOnlySpan<byte> data, byte formatVersion, JsonTypeInfo<T> type, string what)
    {
        if (data.IsEmpty)
        {
            throw new InvalidDataException($"An empty {what}.");
        }
        if (data[0] != formatVersion)
        {
            throw new InvalidDataException($"Format {data[0]} of a {what} is not known (expected {formatVersion}).");
        }
        // Decompression reads from a stream; copying the compressed bytes once is cheap next to
        // rebuilding what they hold.
        using var input = new MemoryStream(data[1..].ToArray(), writable: false);
        using var decompressor = new BrotliStream(input, CompressionMode.Decompress);
        try
        {
            return JsonSerializer.Deserialize(decompressor, type) ?? throw new InvalidDataException($"The {what} is JSON null.");
        }
        // Brotli reports damaged input as InvalidOperationException, the JSON layer as JsonException.
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"The {what} is damaged.", e);
        }
    }
}
