using System.Text;
using Orleans.Providers;
using Orleans.Serialization;
using Streams.Abstractions.Events;

namespace Streams.Grains.Streaming;

/// <summary>
/// Serializes the batches of the mention stream's in-memory queues. Orleans' default writes every event as an
/// untyped object (a type header, then each field and string through its reference tracker) and read it back: about
/// a tenth of the silo's CPU at full rate in a sampled trace. A batch made only of <see cref="MentionEvent"/>s with
/// no request context, which is every batch the ingest pipeline sends, is written with <see cref="MentionEventCodec"/>
/// instead; anything else falls back to the default serializer, behind a different first byte.
/// Every silo and client that adds the mention stream provider must use this serializer, as they must agree on the
/// provider name and partition count.
/// </summary>
public sealed class MentionStreamSerializer(Serializer<MemoryMessageBody> serializer) : IMemoryMessageBodySerializer
{
    private const byte MentionBatch = 1;
    private const byte OrleansBody = 2;

    // Room for a typical event (ids, author, a short post) before the buffer must grow.
    private const int BytesPerEvent = 160;

    private readonly DefaultMemoryMessageBodySerializer fallback = new(serializer);

    public ArraySegment<byte> Serialize(MemoryMessageBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.RequestContext is { Count: > 0 } || CountMentions(body.Events) is not (var count and >= 0))
        {
            var inner = fallback.Serialize(body);
            var framed = new byte[inner.Count + 1];
            framed[0] = OrleansBody;
            inner.AsSpan().CopyTo(framed.AsSpan(1));
            return framed;
        }
        var output = new MemoryStream(1 + 5 + count * BytesPerEvent);
        using (var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(MentionBatch);
            writer.Write7BitEncodedInt(count);
            foreach (var item in body.Events)
            {
                MentionEventCodec.Write(writer, (MentionEvent)item);
            }
        }
        return new ArraySegment<byte>(output.GetBuffer(), 0, (int)output.Length);
    }

    public MemoryMessageBody Deserialize(ArraySegment<byte> bodyBytes)
    {
        if (bodyBytes.Count == 0)
        {
            throw new InvalidDataException("An empty mention stream message.");
        }
        switch (bodyBytes[0])
        {
            case OrleansBody:
                return fallback.Deserialize(bodyBytes[1..]);
            case MentionBatch:
                using (var reader = new BinaryReader(new MemoryStream(bodyBytes.Array!, bodyBytes.Offset + 1, bodyBytes.Count - 1, writable: false), Encoding.UTF8))
                {
                    var count = reader.Read7BitEncodedInt();
                    var events = new object[count];
                    for (var i = 0; i < count; i++)
                    {
                        events[i] = MentionEventCodec.Read(reader);
                    }
                    return new MemoryMessageBody(events, null);
                }
            default:
                throw new InvalidDataException($"Unknown mention stream message format {bodyBytes[0]}.");
        }
    }

    /// <summary>How many events the batch holds when every one is a <see cref="MentionEvent"/>; otherwise -1.</summary>
    private static int CountMentions(IEnumerable<object> events)
    {
        var count = 0;
        foreach (var item in events)
        {
            if (item is not MentionEvent)
            {
                return -1;
            }
            count++;
        }
        return count;
    }
}
