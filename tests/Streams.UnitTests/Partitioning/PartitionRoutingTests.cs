using Streams.Abstractions.Escalations;
using Streams.Abstractions.Posts;
using Xunit;
using static Streams.UnitTests.Partitioning.Firehose;

namespace Streams.UnitTests.Partitioning;

public sealed class PartitionRoutingTests
{
    private const int Partitions = 4;

    [Fact]
    public void A_reply_processed_in_its_parents_partition_is_forwarded_to_its_own()
    {
        var engine = Engine(0, Partitions);
        var parent = IdIn(0, Partitions, "parent");
        var replyId = IdIn(1, Partitions, "reply");
        engine.Apply(Post(parent, 0));
        var reply = Post(replyId, 1, "@AcmeCare same, terrible", "bob", inReplyTo: parent);
        engine.Apply(reply);

        var flush = engine.Outbox.Drain();
        Assert.Equal([reply], flush.Forwards[1]);
        Assert.Empty(flush.Signals);
        Assert.Null(engine.View(replyId));
        Assert.Equal(1, engine.View(parent)!.Replies);
        // Mentions are counted where the reply lives, not here.
        Assert.Equal([parent], flush.Brands[BrandId].Mentions.Select(m => m.PostId));

        var home = Engine(1, Partitions);
        home.ApplyForwarded(reply);
        Assert.True(home.View(replyId)!.Seen);
        Assert.Equal(At(1), home.Watermark);
        var homeFlush = home.Outbox.Drain();
        Assert.Equal([replyId], homeFlush.Brands[BrandId].Mentions.Select(m => m.PostId));
        Assert.Empty(homeFlush.Signals); // The parent already had its reply counted.
        Assert.Equal(0, homeFlush.Events);
    }

    [Fact]
    public void Effects_on_a_parent_in_another_partition_become_signals()
    {
        var engine = Engine(0, Partitions);
        var parent = IdIn(2, Partitions, "parent");
        var replyId = IdIn(0, Partitions, "reply");
        var quoteId = IdIn(0, Partitions, "quote");
        var answerId = IdIn(0, Partitions, "answer");
        engine.Apply(Post(replyId, 1, "me too", "bob", inReplyTo: parent));
        engine.Apply(Post(quoteId, 2, "look", "carl", quoteOf: parent));
        engine.Apply(BrandReply(answerId, parent, 3));

        var flush = engine.Outbox.Drain();
        Assert.Null(engine.View(parent));
        var signals = flush.Signals[2];
        Assert.Equal(
            [
                (ThreadSignalKind.Reply, parent, replyId, At(1), (string?)null),
                (ThreadSignalKind.Quote, parent, quoteId, At(2), null),
                (ThreadSignalKind.Reply, parent, answerId, At(3), BrandId),
            ],
            signals.Select(s => (s.Kind, s.TargetPostId, s.SourcePostId, s.At, s.BrandId)));

        var home = Engine(2, Partitions);
        home.Apply(Post(parent, 0));
        home.ApplyAll(Reposts(parent, 5, from: 0.5, every: 0.1));
        Assert.Equal(EscalationStatus.Open, Assert.Single(home.Outbox.Drain().Escalations).Status);
        signals.ForEach(home.Apply);
        var view = home.View(parent)!;
        Assert.Equal(1, view.Replies);
        Assert.Equal(1, view.Quotes);
        Assert.True(view.Answered);
        var resolved = Assert.Single(home.Outbox.Drain().Escalations);
        Assert.Equal(EscalationStatus.Resolved, resolved.Status);
        Assert.Equal(At(3), resolved.ResolvedAt);
    }

    [Fact]
    public void An_answer_below_a_reply_is_signalled_to_the_ancestors_partition()
    {
        var engine = Engine(0, Partitions);
        var root = IdIn(3, Partitions, "root");
        var reply = IdIn(0, Partitions, "reply");
        engine.ApplyForwarded(Post(reply, 1, "@AcmeCare still broken, awful", "bob", inReplyTo: root));
        engine.Apply(BrandReply(IdIn(0, Partitions, "answer"), reply, 5));

        var flush = engine.Outbox.Drain();
        var signal = Assert.Single(flush.Signals[3]);
        Assert.Equal(ThreadSignalKind.AnsweredBelow, signal.Kind);
        Assert.Equal(root, signal.TargetPostId);
        Assert.Equal(reply, signal.SourcePostId);
        Assert.Equal(At(5), signal.At);
        Assert.Equal(BrandId, signal.BrandId);
        Assert.Equal("reply", Assert.Single(engine.View(reply)!.Answers).Channel);

        var home = Engine(3, Partitions);
        home.Apply(Post(root, 0));
        home.Apply(signal);
        Assert.Equal(new PostAnswer(BrandId, At(5), 300, "thread"), Assert.Single(home.View(root)!.Answers));
    }

    [Fact]
    public void A_signal_can_arrive_before_its_target_post()
    {
        var home = Engine(0, Partitions);
        var parent = IdIn(0, Partitions, "parent");
        home.Apply(new ThreadSignal(ThreadSignalKind.AnsweredBelow, parent, "child", At(4), new("bob", "bob", 1, false), BrandId));
        Assert.False(home.View(parent)!.Seen);
        home.Apply(Post(parent, 0));
        var answer = Assert.Single(home.View(parent)!.Answers);
        Assert.Equal(At(4), answer.AnsweredAt);
        Assert.Equal("thread", answer.Channel);
        Assert.Single(home.Outbox.Drain().Brands[BrandId].Answers);
    }
}
