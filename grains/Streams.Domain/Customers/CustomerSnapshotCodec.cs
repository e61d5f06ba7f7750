using System.Buffers;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Streams.Domain.Snapshots;

namespace Streams.Domain.Customers;

/// <summary>
/// A customer snapshot as a small byte array: a format byte, then Brotli over source-generated JSON
/// (read back by <see cref="VersionedBrotliJson"/>, like a partition checkpoint).
/// Used to keep an idle customer's whole profile in memory for a fraction of what its live grain
/// activation costs (see <c>DormantCustomers</c> in the grains project).
/// </summary>
/// <remarks>
/// A one-post author is about 600 bytes of JSON and compresses to under half of that; Brotli at a low
/// quality with a small window keeps each call in the microseconds and its native buffers small,
/// which matters when a collection pass puts tens of thousands of customers to sleep at once.
/// </remarks>
public static class CustomerSnapshotCodec
{
    /// <summary>The format written by <see cref="Serialize"/>; a later format gets a new number.</summary>
    public const byte FormatVersion = 1;

    private const int Quality = 5;
    private const int WindowBits = 16;

    private static readonly CustomerSnapshotJsonContext Json = new(
        new JsonSerializerOptions(CustomerSnapshotJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static byte[] Serialize(CustomerAggregateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var json = JsonSerializer.SerializeToUtf8Bytes(snapshot, Json.CustomerAggregateSnapshot);
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(json.Length) + 1);
        try
        {
            buffer[0] = FormatVersion;
            if (!BrotliEncoder.TryCompress(json, buffer.AsSpan(1), out var written, Quality, WindowBits))
            {
                throw new InvalidOperationException("Brotli could not compress a customer snapshot into its maximum compressed length.");
            }
            return buffer.AsSpan(0, written + 1).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <exception cref="InvalidDataException">Not a snapshot of a known format version, or a damaged one.</exception>
    public static CustomerAggregateSnapshot Deserialize(ReadOnlySpan<byte> data) =>
        VersionedBrotliJson.Read(data, FormatVersion, Json.CustomerAggregateSnapshot, "customer snapshot");
}
