using Streams.Abstractions.Events;

namespace Streams.Grains.Streaming;

/// <summary>
/// A compact binary layout for <see cref="MentionEvent"/>s in the in-memory mention queues: each field in declaration
/// order, strings as length-prefixed UTF-8 behind a presence byte, no type names, no reference tracking. The queues
/// live only in the silo's memory, so the layout needs no versioning; the durable log keeps the Orleans serializer.
/// </summary>
public static class MentionEventCodec
{
    public static void Write(BinaryWriter writer, MentionEvent mention)
    {
        writer.Write((byte)mention.Kind);
        writer.Write(mention.Id);
        writer.Write(mention.PostId);
        writer.Write(mention.CreatedAt.ToBinary()); // Keeps the DateTimeKind along with the ticks.
        writer.Write(mention.Author.Id);
        WriteOptional(writer, mention.Author.Handle);
        writer.Write(mention.Author.Followers);
        writer.Write(mention.Author.Verified);
        writer.Write((byte)mention.Platform);
        WriteOptional(writer, mention.Text);
        WriteOptional(writer, mention.Lang);
        WriteOptional(writer, mention.InReplyTo);
        WriteOptional(writer, mention.QuoteOf);
        WriteOptional(writer, mention.Region);
    }

    public static MentionEvent Read(BinaryReader reader)
    {
        var kind = (EventKind)reader.ReadByte();
        var id = reader.ReadString();
        var postId = reader.ReadString();
        var createdAt = DateTime.FromBinary(reader.ReadInt64());
        var author = new AuthorRef(reader.ReadString(), ReadOptional(reader), reader.ReadInt64(), reader.ReadBoolean());
        var platform = (Platform)reader.ReadByte();
        return new MentionEvent(
            kind,
            id,
            postId,
            createdAt,
            author,
            platform,
            Text: ReadOptional(reader),
            Lang: ReadOptional(reader),
            InReplyTo: ReadOptional(reader),
            QuoteOf: ReadOptional(reader),
            Region: ReadOptional(reader));
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
