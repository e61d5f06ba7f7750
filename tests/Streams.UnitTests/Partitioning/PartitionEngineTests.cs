using Streams.Abstractions.Escalations;
using Streams.Abstractions.Posts;
using Streams.Domain.Partitioning;
using Xunit;
using static Streams.UnitTests.Partitioning.Firehose;

namespace Streams.UnitTests.Partitioning;

public sealed class PartitionEngineTests
{
    [Fact]
    public void The_live_feed_gets_raises_and_severity_changes_but_not_every_score_refinement()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 3, from: 1));
        var raised = engine.Outbox.Drain();
        Assert.Equal(Assert.Single(raised.Escalations), Assert.Single(raised.Notable));

        // One more repost refines the score without changing severity or status.
        engine.Apply(Repost("r-more", "p1", 1.6));
        var refined = engine.Outbox.Drain();
        var refinement = Assert.Single(refined.Escalations);
        Assert.True(refinement.Score > raised.Escalations[0].Score);
        Assert.Equal(raised.Escalations[0].Severity, refinement.Severity);
        Assert.Empty(refined.Notable);
        Assert.False(engine.Outbox.HasUrgentEscalations);
    }

    [Fact]
    public void The_live_feed_takes_a_raise_at_once_and_its_brand_still_gets_it_with_the_next_flush()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 3, from: 1));
        Assert.True(engine.Outbox.HasUrgentEscalations);

        var raised = Assert.Single(engine.Outbox.TakeNotable());
        Assert.Equal("acme:p1", raised.Id);
        Assert.False(engine.Outbox.HasUrgentEscalations);
        Assert.Empty(engine.Outbox.TakeNotable());

        // Severity rises with more reshares (1 is the worst): the feed is owed the new revision, once.
        engine.ApplyAll(Reposts("p1", 40, from: 2, prefix: "s"));
        var raisedAgain = Assert.Single(engine.Outbox.TakeNotable());
        Assert.True(raisedAgain.Severity < raised.Severity, $"severity {raised.Severity} -> {raisedAgain.Severity}");

        var flush = engine.Outbox.Drain();
        Assert.Empty(flush.Notable);
        var kept = Assert.Single(flush.Escalations);
        Assert.Equal(raisedAgain.Severity, kept.Severity);
        Assert.Same(kept, Assert.Single(flush.Brands[BrandId].Build().Escalations));
    }

    [Fact]
    public void A_spreading_complaint_raises_exactly_one_escalation()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 6, from: 1));

        var flush = engine.Outbox.Drain();
        var escalation = Assert.Single(flush.Escalations);
        Assert.Equal("acme:p1", escalation.Id);
        Assert.Equal(BrandId, escalation.BrandId);
        Assert.Equal("p1", escalation.PostId);
        Assert.Equal("jane", escalation.AuthorId);
        Assert.Equal(EscalationStatus.Open, escalation.Status);
        Assert.Null(escalation.ResolvedAt);
        Assert.InRange(escalation.Severity, 1, 4);
        Assert.True(escalation.Score >= 25, $"score {escalation.Score}");
        // Three reshares are the minimum: the third repost (minute 1.5) is when it crossed.
        Assert.Equal(At(1.5), escalation.RaisedAt);
        Assert.Equal(6, escalation.Reshares);
        Assert.Equal(48_000, escalation.AuthorFollowers);
        Assert.Equal(48_000 + 6 * 300, escalation.Reach);
        Assert.Equal(Complaint, escalation.PostText);
        Assert.Equal("6 reshares in 10 minutes (6 in total)", escalation.Reasons[0]);
        Assert.Equal("author has 48k followers", escalation.Reasons[1]);
        Assert.Equal("no answer for 2 minutes, target 60", escalation.Reasons[^1]);
        Assert.Same(escalation, Assert.Single(flush.Brands[BrandId].Build().Escalations));
        Assert.False(engine.Outbox.HasUrgentEscalations);
    }

    [Fact]
    public void Posts_about_one_brand_share_its_brand_list_and_their_topic_list_is_that_of_the_match()
    {
        var engine = Engine(catalog: Catalog(Acme(), Globex()));
        engine.Apply(Post("p1", 0, "@AcmeCare my refund never arrived, terrible service"));
        engine.Apply(Post("p2", 1, "@AcmeCare still no refund and nobody answers the phone"));
        engine.Apply(Post("p3", 2, "@AcmeCare @GlobexHelp both of you charged me twice"));
        engine.Outbox.Drain();

        var posts = engine.Snapshot().Posts.ToDictionary(p => p.Id);
        Assert.Equal([BrandId], posts["p1"].Brands);
        // A post keeps its brand list for life: a million posts about one brand keep one list, not a million.
        Assert.Same(posts["p1"].Brands, posts["p2"].Brands);
        Assert.Equal([BrandId, "globex"], posts["p3"].Brands);
        Assert.NotSame(posts["p1"].Brands, posts["p3"].Brands);
        Assert.Contains("returns-refunds", posts["p1"].Topics);
        Assert.Contains("billing-pricing", posts["p3"].Topics);
    }

    [Fact]
    public void Two_reshares_are_not_enough()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0, followers: 5_000_000));
        engine.ApplyAll(Reposts("p1", 2, from: 1));
        for (var i = 0; i < 40; i++)
        {
            engine.Apply(Like("p1", 1 + i * 0.05, "fan" + i));
        }
        Assert.Empty(engine.Outbox.Drain().Escalations);
        engine.Apply(Repost("r-third", "p1", 4));
        Assert.Single(engine.Outbox.Drain().Escalations);
    }

    [Fact]
    public void Severity_worsens_as_reposts_pile_up_under_the_same_id()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        var published = new List<Escalation>();
        var minute = 1.0;
        for (var i = 0; i < 90; i++, minute += 0.05)
        {
            engine.Apply(Repost($"r{i}", "p1", minute));
            published.AddRange(engine.Outbox.Drain().Escalations);
        }

        Assert.True(published.Count >= 3, $"{published.Count} changes");
        Assert.All(published, e => Assert.Equal("acme:p1", e.Id));
        Assert.All(published, e => Assert.Equal(published[0].RaisedAt, e.RaisedAt));
        for (var i = 1; i < published.Count; i++)
        {
            Assert.True(published[i].Revision > published[i - 1].Revision);
            Assert.True(published[i].Severity <= published[i - 1].Severity);
            Assert.True(published[i].Score >= published[i - 1].Score);
        }
        Assert.Equal(4, published[0].Severity);
        Assert.Equal(1, published[^1].Severity);
        Assert.Equal([4, 3, 2, 1], published.Select(e => e.Severity).Distinct());
        Assert.Equal(published[^1], Assert.Single(engine.View("p1")!.Escalations));
    }

    [Fact]
    public void Past_the_response_target_a_still_spreading_complaint_gets_worse()
    {
        var engine = Engine(catalog: Catalog(Acme(responseTargetMinutes: 15)));
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 4, from: 1, every: 1));
        var onTime = Assert.Single(engine.Outbox.Drain().Escalations);
        engine.ApplyAll(Reposts("p1", 4, from: 16, every: 0.1, prefix: "late"));
        var late = Assert.Single(engine.Outbox.Drain().Escalations);
        Assert.True(late.Severity < onTime.Severity, $"{late.Severity} vs {onTime.Severity}");
        Assert.EndsWith("past the 15-minute target", late.Reasons[^1]);
    }

    [Fact]
    public void A_brand_reply_resolves_the_escalation_and_counts_as_its_own_post()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 6, from: 1));
        var open = Assert.Single(engine.Outbox.Drain().Escalations);

        engine.Apply(BrandReply("b1", "p1", 5));
        var flush = engine.Outbox.Drain();

        var resolved = Assert.Single(flush.Escalations);
        Assert.Equal(open.Id, resolved.Id);
        Assert.Equal(EscalationStatus.Resolved, resolved.Status);
        Assert.Equal(At(5), resolved.ResolvedAt);
        Assert.Equal(open.RaisedAt, resolved.RaisedAt);
        Assert.Equal(open.Severity, resolved.Severity);
        Assert.True(resolved.Revision > open.Revision);

        var brand = flush.Brands[BrandId].Build();
        Assert.Equal(1, brand.OwnPosts);
        Assert.Empty(brand.Mentions);
        var answer = Assert.Single(brand.Answers);
        Assert.Equal("p1", answer.PostId);
        Assert.Equal(At(5), answer.AnsweredAt);
        Assert.Equal(TimeSpan.FromMinutes(5), answer.FirstResponse);
        Assert.Equal(["p1"], flush.Customers["jane"].Build().AnsweredComplaints);
        Assert.False(flush.Customers.ContainsKey("acme-account"));

        var reply = engine.View("b1")!;
        Assert.Equal(BrandId, reply.OwnerBrand);
        Assert.Empty(reply.Brands);
        Assert.Equal(0, reply.Sentiment);
        var post = engine.View("p1")!;
        Assert.True(post.Answered);
        Assert.Equal(0, post.Replies); // An answer, not engagement.
        var postAnswer = Assert.Single(post.Answers);
        Assert.Equal(new PostAnswer(BrandId, At(5), 300, "reply"), postAnswer);
        Assert.False(engine.Outbox.HasUrgentEscalations);
    }

    [Fact]
    public void A_brand_post_mentioning_itself_is_not_a_mention()
    {
        var engine = Engine();
        engine.Apply(Post("own", 0, "@AcmeCare news: our terrible outage is over", "acme-account", 50_000, handle: BrandHandle));
        var flush = engine.Outbox.Drain();
        Assert.Equal(1, flush.Brands[BrandId].OwnPosts);
        Assert.Empty(flush.Brands[BrandId].Mentions);
        Assert.Empty(flush.Customers);
        Assert.Empty(engine.View("own")!.Brands);
    }

    [Fact]
    public void Mentions_reach_the_brand_and_the_author()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.Apply(Post("p2", 1, Praise, "bob", 120));
        engine.Apply(Post("p3", 2, "nothing to see here", "carl"));
        var flush = engine.Outbox.Drain();

        Assert.Equal(3, flush.Events);
        var mentions = flush.Brands[BrandId].Mentions;
        Assert.Equal(["p1", "p2"], mentions.Select(m => m.PostId));
        Assert.True(mentions[0].Sentiment < -0.05);
        Assert.True(mentions[1].Sentiment > 0.05);
        var jane = flush.Customers["jane"].Build();
        Assert.True(Assert.Single(jane.Posts).IsComplaint);
        Assert.Equal(48_000, jane.Followers);
        Assert.False(Assert.Single(flush.Customers["bob"].Build().Posts).IsComplaint);
        Assert.False(flush.Customers.ContainsKey("carl"));
    }

    [Fact]
    public void A_spreading_post_reports_its_latest_spread_once_per_flush_to_each_of_its_brands()
    {
        var engine = Engine(catalog: Catalog(Acme(), Globex()));
        engine.Apply(Post("first", 0, Praise, "bob", followers: 1_000_000));
        engine.Apply(Post("both", 0.5, "@AcmeCare @GlobexHelp I love this, great service today, thank you so much", followers: 1_000_000));
        engine.ApplyAll(Reposts("first", 3, from: 1, prefix: "f"));
        engine.ApplyAll(Reposts("both", 60, from: 2, every: 0.05, prefix: "b"));
        Assert.True(engine.HasPendingWork);

        var flush = engine.Outbox.Drain();
        var acme = flush.Brands[BrandId].Build().Spreading;
        var globex = Assert.Single(flush.Brands["globex"].Build().Spreading);
        Assert.Equal(["first", "both"], acme.Select(s => s.PostId)); // In order of first report.
        Assert.Same(acme[1], globex);
        // The latest report: within one reporting step of where the post stands now.
        Assert.InRange(globex.Reshares, 50, 60);
        Assert.InRange(engine.View("both")!.Virality - globex.Virality, 0, 2);

        Assert.False(engine.HasPendingWork);
        Assert.Empty(engine.Outbox.Drain().Brands);
    }

    [Fact]
    public void A_positive_post_does_not_escalate_however_far_it_spreads()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0, Praise, followers: 2_000_000));
        engine.ApplyAll(Reposts("p1", 80, from: 1, every: 0.05));
        Assert.Empty(engine.Outbox.Drain().Escalations);
        Assert.Empty(engine.View("p1")!.Escalations);
        Assert.True(engine.View("p1")!.Virality > 80);
    }

    [Fact]
    public void A_complaint_that_does_not_spread_does_not_escalate()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 4, from: 1, every: 60));
        Assert.Empty(engine.Outbox.Drain().Escalations);
    }

    [Fact]
    public void A_complaint_answered_before_it_spreads_does_not_escalate()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.Apply(BrandReply("b1", "p1", 0.5));
        engine.ApplyAll(Reposts("p1", 60, from: 1, every: 0.05));
        var flush = engine.Outbox.Drain();
        Assert.Empty(flush.Escalations);
        Assert.Empty(engine.View("p1")!.Escalations);
        Assert.Equal(60, engine.View("p1")!.Reposts);
    }

    [Fact]
    public void A_post_in_another_language_is_not_read_with_english_words()
    {
        // German thanks: "die" is an article, not the English verb, and must not make the post a spreading complaint.
        var engine = Engine();
        engine.Apply(Post("p1", 0, "@AcmeCare Danke für die schnelle Hilfe, jetzt funktioniert alles") with { Lang = null });
        engine.ApplyAll(Reposts("p1", 60, from: 1, every: 0.05));

        var view = engine.View("p1")!;
        Assert.Equal("other", view.Language);
        Assert.Equal(0, view.Sentiment);
        Assert.Equal([BrandId], view.Brands);
        Assert.Empty(engine.Outbox.Drain().Escalations);
    }

    [Fact]
    public void A_post_about_no_brand_does_not_escalate()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0, "this is the worst service I have ever had, absolutely terrible"));
        engine.ApplyAll(Reposts("p1", 60, from: 1, every: 0.05));
        Assert.Empty(engine.Outbox.Drain().Escalations);
        Assert.Empty(engine.View("p1")!.Brands);
    }

    [Fact]
    public void The_same_post_twice_is_counted_once()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 2, from: 1));
        engine.Apply(Post("p1", 0));
        engine.Apply(Post("p1", 0, Praise));
        var flush = engine.Outbox.Drain();

        Assert.Single(flush.Brands[BrandId].Mentions);
        Assert.Single(flush.Customers["jane"].Posts);
        Assert.Equal(1, engine.PostCount);
        var view = engine.View("p1")!;
        Assert.Equal(2, view.Reposts);
        Assert.Equal(Complaint, view.Text);
    }

    [Fact]
    public void Reposts_that_arrive_before_their_post_are_credited_when_it_arrives()
    {
        var engine = Engine();
        engine.ApplyAll(Reposts("p1", 5, from: 1));
        engine.Apply(Like("p1", 1.1));
        var orphan = engine.View("p1")!;
        Assert.False(orphan.Seen);
        Assert.Equal(5, orphan.Reposts);
        Assert.Equal(1, orphan.Likes);
        Assert.Null(orphan.CreatedAt);
        Assert.Null(orphan.Platform);
        var early = engine.Outbox.Drain();
        Assert.Empty(early.Escalations);
        Assert.Empty(early.Customers);

        engine.Apply(Post("p1", 0));
        var flush = engine.Outbox.Drain();
        var escalation = Assert.Single(flush.Escalations);
        Assert.Equal(At(1.5), escalation.RaisedAt);
        Assert.Equal(5, escalation.Reshares);
        // The five reshares fold into one decayed weight at the latest of their times.
        var amplification = Assert.Single(flush.Customers["jane"].Build().Amplifications);
        Assert.Equal(At(2), amplification.At);
        var expected = Enumerable.Range(0, 5).Sum(i => Math.Pow(2, -(At(2) - At(1 + i * 0.25)).TotalDays / 7));
        Assert.Equal(expected, amplification.Weight, 1e-9);
        Assert.True(engine.View("p1")!.Seen);
    }

    [Fact]
    public void Reshares_of_a_mention_amplify_its_author()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0, Praise));
        engine.Outbox.Drain();
        engine.Apply(Repost("r1", "p1", 1));
        engine.Apply(Like("p1", 2));
        var amplification = Assert.Single(engine.Outbox.Drain().Customers["jane"].Build().Amplifications);
        Assert.Equal(At(1), amplification.At);
        Assert.Equal(1, amplification.Weight);
    }

    [Fact]
    public void Marking_answered_reports_what_happened()
    {
        var engine = Engine(catalog: Catalog(Acme(), Globex()));
        engine.Apply(Post("p1", 0));
        engine.Apply(Post("both", 0, "@AcmeCare and @GlobexHelp both terrible, the worst"));
        engine.Apply(Post("none", 0, "nothing about brands"));
        engine.Apply(Repost("r1", "orphan", 0));

        Assert.Equal(AnswerOutcome.UnknownPost, engine.MarkAnswered("missing", null, null));
        Assert.Equal(AnswerOutcome.UnknownPost, engine.MarkAnswered("orphan", BrandId, null));
        Assert.Equal(AnswerOutcome.NotAboutBrand, engine.MarkAnswered("p1", "globex", null));
        Assert.Equal(AnswerOutcome.NotAboutBrand, engine.MarkAnswered("none", null, null));
        Assert.Equal(AnswerOutcome.Answered, engine.MarkAnswered("p1", BrandId, At(3)));
        Assert.Equal(AnswerOutcome.AlreadyAnswered, engine.MarkAnswered("p1", BrandId, At(1)));
        Assert.Equal(AnswerOutcome.AlreadyAnswered, engine.MarkAnswered("p1", null, null));

        Assert.Equal(AnswerOutcome.Answered, engine.MarkAnswered("both", BrandId, At(2)));
        Assert.False(engine.View("both")!.Answered);
        Assert.Equal(AnswerOutcome.Answered, engine.MarkAnswered("both", null, At(4)));
        Assert.True(engine.View("both")!.Answered);
        Assert.Equal(AnswerOutcome.AlreadyAnswered, engine.MarkAnswered("both", "globex", null));

        var answers = engine.View("both")!.Answers.OrderBy(a => a.BrandId).ToArray();
        Assert.Equal([new PostAnswer(BrandId, At(2), 120, "manual"), new PostAnswer("globex", At(4), 240, "manual")], answers);
        var p1 = Assert.Single(engine.View("p1")!.Answers);
        Assert.Equal(At(3), p1.AnsweredAt);
    }

    [Fact]
    public void Marking_answered_without_a_time_uses_the_watermark()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.Apply(Post("p2", 7, Praise, "bob"));
        engine.Apply(Like("p1", 3));
        Assert.Equal(At(7), engine.Watermark);

        Assert.Equal(AnswerOutcome.Answered, engine.MarkAnswered("p1", null, null));
        var answer = Assert.Single(engine.View("p1")!.Answers);
        Assert.Equal(At(7), answer.AnsweredAt);
        Assert.Equal(420, answer.FirstResponseSeconds);
        Assert.Equal("manual", answer.Channel);
        var brandAnswer = Assert.Single(engine.Outbox.Drain().Brands[BrandId].Answers);
        Assert.Equal(TimeSpan.FromMinutes(7), brandAnswer.FirstResponse);

        // The watermark is the post's own time when nothing later has been seen.
        Assert.Equal(AnswerOutcome.Answered, engine.MarkAnswered("p2", null, null));
        Assert.Equal(At(7), Assert.Single(engine.View("p2")!.Answers).AnsweredAt);
    }

    [Fact]
    public void Marking_an_escalated_post_answered_resolves_it()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 6, from: 1));
        engine.Outbox.Drain();
        Assert.Equal(AnswerOutcome.Answered, engine.MarkAnswered("p1", BrandId, At(9)));
        var resolved = Assert.Single(engine.Outbox.Drain().Escalations);
        Assert.Equal(EscalationStatus.Resolved, resolved.Status);
        Assert.Equal(At(9), resolved.ResolvedAt);
    }

    [Fact]
    public void An_answer_anywhere_below_in_the_thread_answers_the_ancestors()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        engine.ApplyAll(Reposts("p1", 6, from: 1));
        engine.Apply(Post("c1", 2, "@AcmeCare same here, the worst", "bob", inReplyTo: "p1"));
        engine.Apply(Post("c2", 3, "me too", "carl", inReplyTo: "c1"));
        engine.Outbox.Drain();

        engine.Apply(BrandReply("b1", "c2", 6));
        var flush = engine.Outbox.Drain();

        var p1 = engine.View("p1")!;
        Assert.True(p1.Answered);
        Assert.Equal(new PostAnswer(BrandId, At(6), 360, "thread"), Assert.Single(p1.Answers));
        Assert.Equal(1, p1.Replies);
        var c1 = engine.View("c1")!;
        Assert.Equal(1, c1.Replies);
        Assert.True(c1.Answered);
        Assert.Equal("thread", Assert.Single(c1.Answers).Channel);
        // c2 is about no brand: answered in fact, but no brand answer to show.
        Assert.Empty(engine.View("c2")!.Answers);
        Assert.False(engine.View("c2")!.Answered);

        var escalation = Assert.Single(flush.Escalations);
        Assert.Equal("acme:p1", escalation.Id);
        Assert.Equal(EscalationStatus.Resolved, escalation.Status);
        Assert.Equal(At(6), escalation.ResolvedAt);
        Assert.Equal(["c1", "p1"], flush.Brands[BrandId].Answers.Select(a => a.PostId).Order());
    }
}
