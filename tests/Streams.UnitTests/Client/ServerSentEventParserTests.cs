using Xunit;
using Streams.Client.Escalations;

namespace Streams.UnitTests.Client;

public sealed class ServerSentEventParserTests
{
    [Fact]
    public async Task Reads_escalation_events_and_skips_keep_alives()
    {
        const string stream =
            ": keep-alive\n\n" +
            "event: escalation\n" +
            "data: {\"id\":\"e1\",\"brandId\":\"acme\",\"postId\":\"p9\",\"authorId\":\"u1\",\"severity\":\"high\",\"score\":0.87,\"reasons\":[\"negative\",\"spreading\"],\"status\":\"open\",\"raisedAt\":\"2026-01-01T12:00:00Z\"}\n" +
            "\n" +
            ": ping\n" +
            "event: escalation\r\n" +
            "data: {\"id\":\"e2\",\"brandId\":\"zeta\",\"severity\":\"low\",\"score\":0.2,\"reasons\":[]}\r\n" +
            "\r\n";
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stream));
        var events = new List<ServerSentEvent>();
        await foreach (var serverEvent in ServerSentEventParser.ReadAsync(content, CancellationToken.None))
        {
            events.Add(serverEvent);
        }

        Assert.Equal(2, events.Count);
        Assert.All(events, serverEvent => Assert.Equal("escalation", serverEvent.EventType));
        var first = EscalationView.Parse(events[0].Data);
        Assert.Equal("acme", first.BrandId);
        Assert.Equal("p9", first.PostId);
        Assert.Equal(0.87, first.Score);
        Assert.Equal(["negative", "spreading"], first.Reasons);
        Assert.Equal("2026-01-01 12:00:00  high      acme              post p9  score 0.87  negative; spreading", first.ToFollowLine());
        Assert.Equal("zeta", EscalationView.Parse(events[1].Data).BrandId);
    }

    [Fact]
    public void Multi_line_data_is_joined_and_an_unnamed_event_is_a_message()
    {
        var parser = new ServerSentEventParser();
        Assert.Null(parser.Feed("data: a"));
        Assert.Null(parser.Feed("data:b"));
        var completed = parser.Feed("");
        Assert.Equal(new ServerSentEvent("message", "a\nb"), completed);
        Assert.Null(parser.Feed(""));
    }
}
