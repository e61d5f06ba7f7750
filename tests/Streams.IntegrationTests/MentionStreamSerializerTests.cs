using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Serialization;
using Streams.Abstractions.Events;
using Streams.Grains.Streaming;

namespace Streams.IntegrationTests;

/// <summary>
/// Every event the silo accepts crosses the mention queues through this serializer: a field it dropped or garbled
/// would be lost for every post, so each field is checked, with and without its optional values.
/// </summary>
public sealed class MentionStreamSerializerTests
{
    private static readonly DateTime At = new(2026, 11, 30, 12, 34, 56, 789, DateTimeKind.Utc);

    private static readonly MentionEvent Complaint = new(EventKind.Post, "p-1", "p-1", At, new AuthorRef("a-1", "@ana", 1_234, true),
        Platform.Twitter, "3 hours on the tarmac 😡 «pas terrible»", "fr", "p-0", "p-q", "FR");

    // Orleans' own serializer for the message body: the fallback inside ours, and the encoding ours is compared with.
    private static readonly Serializer<MemoryMessageBody> Generic = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(MemoryMessageBody).Assembly).AddAssembly(typeof(MentionEvent).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer<MemoryMessageBody>>();

    private readonly MentionStreamSerializer serializer = new(Generic);

    public static TheoryData<MentionEvent> Mentions() =>
    [
        Complaint,
        new MentionEvent(EventKind.Like, "", "p-1", At.AddTicks(1), new AuthorRef("a-2", null, 0, false), Platform.Unknown,
            null, null, null, null, null),
        new MentionEvent(EventKind.Repost, "r-9", "p-1", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Local),
            new AuthorRef("écrivain ✍", "", long.MaxValue, false), Platform.News, "", "", "", "", ""),
    ];

    [Theory]
    [MemberData(nameof(Mentions))]
    public void A_mention_comes_back_with_every_field(MentionEvent mention)
    {
        var back = Assert.IsType<MentionEvent>(Assert.Single(RoundTrip(new MemoryMessageBody([mention], null)).Events));

        Assert.Equal(mention, back);
        Assert.Equal(mention.CreatedAt.Kind, back.CreatedAt.Kind);
    }

    [Fact]
    public void A_batch_keeps_its_order_and_is_smaller_than_the_generic_encoding()
    {
        var mentions = Enumerable.Range(0, 500)
            .Select(i => new MentionEvent(i % 3 == 0 ? EventKind.Post : EventKind.Like, $"e-{i}", $"p-{i / 3}", At.AddSeconds(i),
                new AuthorRef($"a-{i % 17}", $"@h{i}", i * 10L, i % 2 == 0), Platform.Twitter, i % 3 == 0 ? $"post number {i}" : null,
                "en", null, null, null))
            .ToList();
        var body = new MemoryMessageBody(mentions.Cast<object>(), null);

        var bytes = serializer.Serialize(body);
        var back = serializer.Deserialize(bytes).Events.Cast<MentionEvent>().ToList();

        Assert.Equal(mentions, back);
        Assert.True(bytes.Count < new DefaultMemoryMessageBodySerializer(Generic).Serialize(body).Count);
    }

    [Fact]
    public void Other_events_and_request_context_go_through_the_Orleans_serializer()
    {
        var context = new Dictionary<string, object> { ["trace"] = "abc" };
        var mention = Complaint;

        var mixed = RoundTrip(new MemoryMessageBody([mention, "not a mention"], null));
        var withContext = RoundTrip(new MemoryMessageBody([mention], context));

        Assert.Equal([mention, "not a mention"], mixed.Events);
        Assert.Equal(mention, Assert.Single(withContext.Events));
        Assert.Equal("abc", withContext.RequestContext?["trace"]);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0, 1, 2 })]
    [InlineData(new byte[] { 99 })]
    public void A_message_of_no_known_format_is_refused(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => serializer.Deserialize(bytes));

    private MemoryMessageBody RoundTrip(MemoryMessageBody body) => serializer.Deserialize(serializer.Serialize(body));
}
