using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Streams.Abstractions.Escalations;
using Streams.Abstractions.Events;
using Streams.Abstractions.Posts;
using Streams.Domain.Partitioning;
using Streams.Domain.Posts;
using Streams.Domain.Scoring;
using Streams.Domain.Text;
using Xunit;
using static Streams.UnitTests.Partitioning.Firehose;

namespace Streams.UnitTests.Partitioning;

/// <summary>
/// A partition restored from a checkpoint must carry on exactly as the partition that wrote it:
/// same flushes (mentions, answers, escalations and their revisions, customer updates, signals,
/// forwards) and same post views for every event after the checkpoint.
/// </summary>
public sealed class PartitionSnapshotTests(ITestOutputHelper output)
{
    private const int Partitions = 2;

    // Posts of partition 0 (the engine under test) and a few of partition 1 (forwards and signals).
    private static readonly string Spreading = IdIn(0, Partitions, "spreading-");
    private static readonly string Big = IdIn(0, Partitions, "big-");
    private static readonly string EngagedFirst = IdIn(0, Partitions, "engaged-first-");
    private static readonly string AnsweredFirst = IdIn(0, Partitions, "answered-first-");
    private static readonly string TwoBrands = IdIn(0, Partitions, "two-brands-");
    private static readonly string AnsweredLate = IdIn(0, Partitions, "answered-late-");
    private static readonly string Praised = IdIn(0, Partitions, "praised-");
    private static readonly string Quote = IdIn(0, Partitions, "quote-");
    private static readonly string ForwardedHere = IdIn(0, Partitions, "forwarded-");
    private static readonly string ReplyOut = IdIn(0, Partitions, "reply-out-");
    private static readonly string Ghost = IdIn(0, Partitions, "ghost-");
    private static readonly string BrandReplyHere = IdIn(0, Partitions, "brand-reply-");
    private static readonly string Recent = IdIn(0, Partitions, "recent-");
    private static readonly string ReplyElsewhere = IdIn(1, Partitions, "reply-elsewhere-");
    private static readonly string BrandReplyElsewhere = IdIn(1, Partitions, "brand-reply-elsewhere-");
    private static readonly string ParentElsewhere = IdIn(1, Partitions, "parent-elsewhere-");

    private static readonly string[] AllIds =
    [
        Spreading, Big, EngagedFirst, AnsweredFirst, TwoBrands, AnsweredLate, Praised, Quote, ForwardedHere, ReplyOut,
        Ghost, BrandReplyHere, Recent, ReplyElsewhere, BrandReplyElsewhere, ParentElsewhere,
    ];

    private static readonly AuthorRef AcmeAccount = new("acme-account", BrandHandle, 50_000, false);

    [Fact]
    public void A_restored_engine_carries_on_exactly_as_the_original()
    {
        var (a, b, clock) = RunToCheckpoint(s => s);
        var results = RunAfterCheckpoint(a, b, clock);

        foreach (var (name, fromOriginal, fromRestored) in results)
        {
            Assert.True(fromOriginal == fromRestored, $"Step '{name}' differs.\noriginal: {fromOriginal}\nrestored: {fromRestored}");
        }

        // The comparison covered what matters: escalations published before the checkpoint kept
        // changing after it, through every status, with revisions counting on.
        var before = EscalationsBefore();
        var after = results.Where(r => r.Name == "drain").SelectMany(r => JsonSerializer.Deserialize<JsonElement>(r.Original).GetProperty("Escalations").EnumerateArray()).ToList();
        var continued = after.Where(e => before.TryGetValue(e.GetProperty("Id").GetString()!, out var revision) && e.GetProperty("Revision").GetInt32() > revision).ToList();
        Assert.Contains(continued, e => e.GetProperty("PostId").GetString() == Spreading);
        Assert.Contains(continued, e => e.GetProperty("PostId").GetString() == AnsweredLate);
        var statuses = after.Select(e => (EscalationStatus)e.GetProperty("Status").GetInt32()).ToHashSet();
        Assert.Equal([EscalationStatus.Open, EscalationStatus.Resolved, EscalationStatus.Withdrawn], statuses.Order());
        Assert.Contains(after, e => e.GetProperty("PostId").GetString() == EngagedFirst);
        Assert.Contains(after, e => e.GetProperty("PostId").GetString() == Big && e.GetProperty("Revision").GetInt32() > 1);
        Assert.Contains(after, e => e.GetProperty("Id").GetString() == Escalation.IdFor("globex", TwoBrands));
        var drains = results.Where(r => r.Name == "drain").Select(r => JsonSerializer.Deserialize<JsonElement>(r.Original)).ToList();
        Assert.Contains(drains, d => d.GetProperty("Signals").EnumerateObject().Any());
        Assert.Contains(drains, d => d.GetProperty("Forwards").EnumerateObject().Any());
    }

    [Fact]
    public void The_comparison_notices_a_checkpoint_that_forgot_what_was_published()
    {
        var (a, b, clock) = RunToCheckpoint(s => s with
        {
            Posts = [.. s.Posts.Select(p => p with { Tracks = [.. p.Tracks.Select(t => t with { Published = null })] })],
        });
        var results = RunAfterCheckpoint(a, b, clock);
        Assert.Contains(results, r => r.Original != r.Restored);
    }

    [Fact]
    public void The_codec_round_trips_a_checkpoint_exactly()
    {
        var engine = new PartitionEngine(0, Partitions, new ManualClock(DateTimeOffset.UnixEpoch)) { Catalog = Catalog(Acme(), Globex()) };
        foreach (var (_, run) in BeforeCheckpoint())
        {
            run(engine);
        }
        var snapshot = engine.Snapshot();
        Assert.Contains(snapshot.Posts, p => !p.Seen);
        Assert.Contains(snapshot.Posts, p => p.Engagements.Length > PostRecord.CheckpointEvery);
        Assert.Contains(snapshot.Posts, p => p.Answers.Length > 0);
        Assert.Contains(snapshot.Posts, p => p.Tracks.Any(t => t.Published is not null));

        var restored = PartitionSnapshotCodec.Deserialize(PartitionSnapshotCodec.Serialize(snapshot));

        AssertSameSnapshot(snapshot, restored);
    }

    [Fact]
    public void The_codec_round_trips_edge_values()
    {
        var escalation = new Escalation(
            "acme:p1", "acme", "p1", "jane", 2, 87.3, ["Spreading fast: 40 reshares in 10 minutes", "Author has 48,000 followers"],
            EscalationStatus.Resolved, At(1.5), new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567),
            At(14), DateTime.UnixEpoch, 17, 64.2, 48_000, 120_345, 40, null);
        var posts = new[]
        {
            new PostRecordSnapshot(
                "p1", true, new AuthorRef("jane", null, long.MaxValue, true), Platform.Reddit, At(0).AddTicks(1), "«Très» mauvais 😡 \"quoted\"\n",
                Language.French, -0.123456789012345678, ["acme", "globex"], null, "p0", "q0", 0.1 + 0.2, ["billing", "delays"],
                PostIntent.Complaint | PostIntent.ChurnThreat, 3, 1, 1, 2, long.MaxValue, At(14), true, double.Epsilon,
                [
                    new Engagement(At(1).Ticks, EngagementKind.Repost, 0),
                    new Engagement(At(1).Ticks, EngagementKind.Like, 10),
                    new Engagement(At(2).Ticks, EngagementKind.Quote, long.MaxValue),
                    new Engagement(DateTime.MaxValue.Ticks, EngagementKind.Reply, 5),
                ],
                [new AnswerSnapshot("acme", At(14), "reply"), new AnswerSnapshot("globex", At(-1), "manual")],
                [new TrackSnapshot("acme", escalation), new TrackSnapshot("globex", null)]),
            new PostRecordSnapshot(
                "unseen", false, null, Platform.Unknown, default, null, Language.Unknown, 0, [], null, null, null, 0, [],
                PostIntent.None, 0, 0, 0, 1, 0, At(3), false, 0, [new Engagement(At(3).Ticks, EngagementKind.Like, 10)], [], []),
        };
        var snapshot = new PartitionEngineSnapshot(1, 4, DateTime.SpecifyKind(At(14), DateTimeKind.Unspecified), posts);

        var restored = PartitionSnapshotCodec.Deserialize(PartitionSnapshotCodec.Serialize(snapshot));

        AssertSameSnapshot(snapshot, restored);
        Assert.Null(restored.SentimentWindows);
        var published = restored.Posts[0].Tracks[0].Published!;
        Assert.Equal(escalation.Reasons, published.Reasons);
        Assert.Equal(escalation with { Reasons = [] }, published with { Reasons = [] });
        Assert.Equal(DateTimeKind.Utc, restored.Posts[1].CreatedAt.Kind);
    }

    [Fact]
    public void The_codec_rejects_other_formats_and_damaged_data()
    {
        var bytes = PartitionSnapshotCodec.Serialize(new PartitionEngineSnapshot(0, 1, At(0), []));
        Assert.Equal(PartitionSnapshotCodec.FormatVersion, bytes[0]);
        Assert.Empty(PartitionSnapshotCodec.Deserialize(bytes).Posts);

        Assert.Throws<InvalidDataException>(() => PartitionSnapshotCodec.Deserialize([]));
        var otherVersion = bytes.ToArray();
        otherVersion[0] = PartitionSnapshotCodec.FormatVersion + 1;
        Assert.Throws<InvalidDataException>(() => PartitionSnapshotCodec.Deserialize(otherVersion));
        Assert.Throws<InvalidDataException>(() => PartitionSnapshotCodec.Deserialize(bytes.AsSpan(0, bytes.Length / 2)));
        Assert.Throws<InvalidDataException>(() => PartitionSnapshotCodec.Deserialize([PartitionSnapshotCodec.FormatVersion, .. "not brotli at all"u8]));
    }

    [Fact]
    public void Brand_sentiment_counts_survive_a_checkpoint()
    {
        // A hundred rants over three hours teach the partition that Acme's mentions are mostly complaints.
        var engine = Engine(0, 1);
        engine.ApplyAll(Enumerable.Range(0, 100).Select(i => Post($"rant-{i}", i * 1.8)));
        engine.Outbox.Drain();
        var snapshot = engine.Snapshot();
        Assert.Equal([BrandId], snapshot.SentimentWindows!.Select(w => w.Brand).Distinct());
        Assert.Equal(100, snapshot.SentimentWindows!.Sum(w => w.Counts.Sum()));

        var decoded = PartitionSnapshotCodec.Deserialize(PartitionSnapshotCodec.Serialize(snapshot));
        AssertSameSnapshot(snapshot, decoded);
        var restored = Engine(0, 1);
        restored.Restore(decoded);
        var forgotten = Engine(0, 1);
        forgotten.Restore(decoded with { SentimentWindows = null }); // As a checkpoint written before the counts were kept.

        var ambiguous = Post("where", 300, "@AcmeCare where is my parcel");
        foreach (var e in new[] { engine, restored, forgotten })
        {
            e.Apply(ambiguous);
        }
        var sentiment = engine.View("where")!.Sentiment;
        Assert.True(sentiment <= -0.05, $"{sentiment}");
        Assert.Equal(sentiment, restored.View("where")!.Sentiment);
        Assert.True(forgotten.View("where")!.Sentiment > -0.05, "without the counts the model reads the post as neutral");
    }

    [Fact]
    public void A_snapshot_is_taken_only_after_the_outbox_drained()
    {
        var engine = Engine();
        engine.Apply(Post("p1", 0));
        Assert.Throws<InvalidOperationException>(() => engine.Snapshot());
        engine.Outbox.Drain();
        Assert.Single(engine.Snapshot().Posts);

        // Refinements deferred to the drain are pending work too.
        engine.ApplyAll(Reposts("p1", 20, from: 1));
        engine.Outbox.Drain();
        engine.ApplyAll(Reposts("p1", 5, from: 10, prefix: "more"));
        Assert.Throws<InvalidOperationException>(() => engine.Snapshot());
        engine.Outbox.Drain();
        Assert.Single(engine.Snapshot().Posts);
    }

    [Fact]
    public void Only_a_fresh_engine_of_the_same_partition_is_restored()
    {
        var engine = Engine(0, Partitions);
        engine.Apply(Post(Spreading, 0));
        engine.Outbox.Drain();
        var snapshot = engine.Snapshot();

        Assert.Throws<ArgumentException>(() => Engine(1, Partitions).Restore(snapshot));
        Assert.Throws<ArgumentException>(() => Engine(0, Partitions + 1).Restore(snapshot));
        Assert.Throws<InvalidOperationException>(() => engine.Restore(snapshot));
        var duplicated = snapshot with { Posts = [snapshot.Posts[0], snapshot.Posts[0]] };
        var fresh = Engine(0, Partitions);
        Assert.Throws<ArgumentException>(() => fresh.Restore(duplicated));
        Assert.Equal(0, fresh.PostCount); // All or nothing.

        fresh.Restore(snapshot);
        Assert.Equal(1, fresh.PostCount);
        Assert.Equal(engine.Watermark, fresh.Watermark);
        Assert.Equal(OutputText.Of(engine.View(Spreading)), OutputText.Of(fresh.View(Spreading)));
    }

    [Fact]
    public void Measure_a_checkpoint_of_100k_posts()
    {
        var texts = SharedDataFiles.PathTo("sentiment", "en", "semeval2017_train_text.txt");
        var lines = File.ReadAllLines(texts);
        var engine = new PartitionEngine(0, 1, new ManualClock(DateTimeOffset.UnixEpoch)) { Catalog = Catalog(Acme(), Globex()) };
        var random = new Random(7);
        const int PostCount = 100_000;
        var engagements = 0;
        for (var i = 0; i < PostCount; i++)
        {
            var id = "p" + i;
            var minute = i * 0.01;
            engine.Apply(Post(id, minute, "@AcmeCare " + lines[i % lines.Length], "u" + random.Next(40_000), random.Next(50_000)));
            // Most posts are never engaged with; a few spread far.
            var count = i % 2_000 == 0 ? 1_000 : random.Next(10) < 3 ? random.Next(1, 6) : 0;
            for (var k = 0; k < count; k++)
            {
                var at = minute + random.NextDouble() * 30;
                engine.Apply(k % 3 == 0 ? Repost($"r{i}-{k}", id, at, random.Next(5_000)) : Like(id, at, $"f{random.Next(100_000)}"));
            }
            engagements += count;
            if (i % 5_000 == 0)
            {
                engine.Outbox.Drain();
            }
        }
        engine.Outbox.Drain();

        var snapshot = engine.Snapshot();
        PartitionSnapshotCodec.Deserialize(PartitionSnapshotCodec.Serialize(snapshot)); // Warm up the code paths before timing.
        var watch = Stopwatch.StartNew();
        snapshot = engine.Snapshot();
        var snapshotMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var bytes = PartitionSnapshotCodec.Serialize(snapshot);
        var serializeMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var read = PartitionSnapshotCodec.Deserialize(bytes);
        var deserializeMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var restored = new PartitionEngine(0, 1, new ManualClock(DateTimeOffset.UnixEpoch)) { Catalog = engine.Catalog };
        restored.Restore(read);
        var restoreMs = watch.Elapsed.TotalMilliseconds;

        var json = JsonSerializer.SerializeToUtf8Bytes(snapshot, PartitionSnapshotJsonContext.Default.PartitionEngineSnapshot);
        output.WriteLine($"{PostCount:N0} posts, {engagements:N0} logged engagements; JSON {json.Length:N0} bytes");
        output.WriteLine($"Snapshot() {snapshotMs:F0} ms; Serialize {serializeMs:F0} ms -> {bytes.Length:N0} bytes ({bytes.Length / (double)PostCount:F1} bytes/post)");
        output.WriteLine($"Deserialize {deserializeMs:F0} ms; Restore (re-evaluates every post) {restoreMs:F0} ms");
        foreach (var (name, compress) in new (string, Func<Stream, Stream>)[]
        {
            ("GZip fastest", s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true)),
            ("GZip optimal", s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true)),
            ("Brotli fastest", s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true)),
            ("Brotli optimal", s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true)),
        })
        {
            watch.Restart();
            using var buffer = new MemoryStream();
            using (var stream = compress(buffer))
            {
                stream.Write(json);
            }
            output.WriteLine($"  {name}: {buffer.Length:N0} bytes, {watch.Elapsed.TotalMilliseconds:F0} ms to compress the JSON alone");
        }

        Assert.Equal(engine.PostCount, restored.PostCount);
        Assert.Equal(OutputText.Of(engine.View("p0")), OutputText.Of(restored.View("p0")));
    }

    /// <summary>Engine A runs the first part; its drained checkpoint goes through the codec into a fresh engine B.</summary>
    private static (PartitionEngine Original, PartitionEngine Restored, ManualClock Clock) RunToCheckpoint(
        Func<PartitionEngineSnapshot, PartitionEngineSnapshot> tamper)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var a = new PartitionEngine(0, Partitions, clock) { Catalog = Catalog(Acme(), Globex()) };
        foreach (var (_, run) in BeforeCheckpoint())
        {
            clock.Now += TimeSpan.FromSeconds(1);
            run(a);
        }
        Assert.False(a.HasPendingWork);
        var bytes = PartitionSnapshotCodec.Serialize(tamper(a.Snapshot()));
        var b = new PartitionEngine(0, Partitions, clock) { Catalog = Catalog(Acme(), Globex()) };
        b.Restore(PartitionSnapshotCodec.Deserialize(bytes));
        return (a, b, clock);
    }

    /// <summary>Feeds the rest of the scenario to both engines, one step at a time at the same wall-clock time; returns each step's output from both.</summary>
    private static List<(string Name, string Original, string Restored)> RunAfterCheckpoint(PartitionEngine a, PartitionEngine b, ManualClock clock)
    {
        var results = new List<(string, string, string)> { ("views at restore", Views(a), Views(b)) };
        foreach (var (name, run) in AfterCheckpoint())
        {
            clock.Now += TimeSpan.FromSeconds(1);
            results.Add((name, OutputText.Of(run(a)), OutputText.Of(run(b))));
        }
        return results;
    }

    private static Dictionary<string, int> EscalationsBefore()
    {
        var engine = new PartitionEngine(0, Partitions, TimeProvider.System) { Catalog = Catalog(Acme(), Globex()) };
        var revisions = new Dictionary<string, int>();
        foreach (var (name, run) in BeforeCheckpoint())
        {
            if (run(engine) is PartitionFlush flush)
            {
                foreach (var e in flush.Escalations)
                {
                    revisions[e.Id] = e.Revision;
                }
            }
        }
        return revisions;
    }

    /// <summary>Up to the checkpoint: complaints spreading, one past the evaluation checkpoint size, reactions before their post, an answer before its post.</summary>
    private static List<(string Name, Func<PartitionEngine, object?> Run)> BeforeCheckpoint()
    {
        var steps = new List<(string, Func<PartitionEngine, object?>)>();
        steps.Add(Apply(Post(Spreading, 0)));
        steps.AddRange(Reposts(Spreading, 20, from: 1, prefix: "rs-").Select(Apply));
        steps.Add(Drain());
        steps.Add(Apply(Post(Big, 1, "@AcmeCare my flight got cancelled, terrible service, worst airline ever", "bob", 5_000)));
        for (var i = 0; i < 600; i++)
        {
            var minute = 1.1 + i * 0.02;
            steps.Add(Apply(i % 3 == 0 ? Repost($"rbig-{i}", Big, minute, 100 + i) : Like(Big, minute, $"liker-{i}")));
            if (i % 150 == 149)
            {
                steps.Add(Drain());
            }
        }
        steps.AddRange(Reposts(EngagedFirst, 6, from: 5, prefix: "re-").Select(Apply));
        steps.Add(Apply(Like(EngagedFirst, 5.5)));
        steps.Add(Apply(new ThreadSignal(ThreadSignalKind.Reply, AnsweredFirst, "brand-reply-remote", At(3), AcmeAccount, BrandId)));
        steps.Add(Apply(Post(TwoBrands, 2, "@AcmeCare @GlobexHelp you are both terrible, worst service ever", "carl", 30_000)));
        steps.AddRange(Reposts(TwoBrands, 12, from: 2.5, prefix: "rt-").Select(Apply));
        steps.Add(Apply(Post(AnsweredLate, 2, "@AcmeCare rude staff and a horrible experience", "dana", 20_000)));
        steps.AddRange(Reposts(AnsweredLate, 10, from: 2.5, every: 0.5, prefix: "rl-").Select(Apply));
        steps.Add(Apply(Post(Praised, 0, Praise, "eve", 300_000)));
        steps.AddRange(Reposts(Praised, 30, from: 0.5, every: 0.1, prefix: "rp-").Select(Apply));
        steps.Add(Drain());
        steps.Add(Apply(Post(ReplyElsewhere, 4, "@AcmeCare same for me, terrible", "erin", 900, inReplyTo: Spreading)));
        steps.Add(Apply(Post(Quote, 5, "@AcmeCare look at this, terrible", "fred", 2_000, quoteOf: Big)));
        steps.Add(Forwarded(Post(ForwardedHere, 4.5, "@AcmeCare awful, just awful", "gus", 700, inReplyTo: ParentElsewhere)));
        steps.Add(Apply(Post(ReplyOut, 5, "@AcmeCare also broken here", "hal", 100, inReplyTo: ParentElsewhere)));
        steps.Add(Apply(Like(Ghost, 3)));
        steps.Add(Drain());
        return steps;
    }

    /// <summary>After the checkpoint: refinements, late and earlier-than-evaluated reactions, answers of every kind, eviction.</summary>
    private static List<(string Name, Func<PartitionEngine, object?> Run)> AfterCheckpoint()
    {
        var steps = new List<(string, Func<PartitionEngine, object?>)>();
        steps.AddRange(Reposts(Spreading, 12, from: 6, prefix: "rs2-").Select(Apply));
        steps.Add(View(Spreading)); // Publishes the deferred refinement early.
        steps.AddRange(Reposts(Spreading, 4, from: 9, prefix: "rs3-").Select(Apply));
        steps.AddRange(Drain(withViews: true));
        steps.Add(Apply(Post(EngagedFirst, 4, "@AcmeCare I hate this app, it is useless and broken", "ivy", 15_000)));
        steps.AddRange(Reposts(EngagedFirst, 6, from: 6.5, prefix: "re2-").Select(Apply));
        steps.Add(Apply(Post(AnsweredFirst, 2, "@AcmeCare still waiting, terrible support", "jack", 40_000)));
        steps.AddRange(Reposts(AnsweredFirst, 10, from: 2.5, prefix: "ra-").Select(Apply));
        steps.AddRange(Drain(withViews: true));
        // Earlier than what was evaluated: the evaluation rewinds to an evaluation checkpoint.
        steps.Add(Apply(Repost("rbig-late-1", Big, 1.5, 40_000)));
        steps.Add(Apply(Repost("rbig-late-2", Big, 9.0, 80_000)));
        steps.Add(Apply(new ThreadSignal(ThreadSignalKind.Quote, Big, "quote-remote", At(1.7), new AuthorRef("kim", "kim", 250_000, true), null)));
        steps.AddRange(Enumerable.Range(0, 40).Select(i => Apply(Like(Big, 13.2 + i * 0.01, $"late-liker-{i}"))));
        steps.Add(Answer(TwoBrands, "globex", At(8)));
        steps.AddRange(Reposts(TwoBrands, 8, from: 9, prefix: "rt2-").Select(Apply));
        steps.AddRange(Drain(withViews: true));
        steps.Add(Apply(BrandReply(BrandReplyElsewhere, AnsweredLate, 2.2))); // Answered before it spread: withdrawn.
        steps.Add(Apply(BrandReply(BrandReplyHere, Spreading, 12)));
        steps.AddRange(Reposts(Praised, 30, from: 4, every: 0.1, prefix: "rp2-").Select(Apply));
        steps.Add(Apply(new ThreadSignal(ThreadSignalKind.AnsweredBelow, Big, "deep-reply", At(15), AcmeAccount, BrandId)));
        steps.Add(Answer(EngagedFirst, null, null));
        steps.Add(Answer(Ghost, null, null));
        steps.Add(Answer(ForwardedHere, null, At(6))); // Answers its parent in the other partition too.
        steps.AddRange(Drain(withViews: true));
        steps.Add(Apply(Post(Recent, 200, Praise, "lea")));
        steps.Add(("evict", engine => engine.Evict(TimeSpan.FromHours(1))));
        steps.AddRange(Drain(withViews: true));
        return steps;
    }

    private static (string, Func<PartitionEngine, object?>) Apply(MentionEvent e) =>
        ($"{e.Kind} {e.Id} of {e.PostId}", engine => { engine.Apply(e); return null; });

    private static (string, Func<PartitionEngine, object?>) Apply(ThreadSignal s) =>
        ($"{s.Kind} signal to {s.TargetPostId}", engine => { engine.Apply(s); return null; });

    private static (string, Func<PartitionEngine, object?>) Forwarded(MentionEvent e) =>
        ($"forwarded {e.Id}", engine => { engine.ApplyForwarded(e); return null; });

    private static (string, Func<PartitionEngine, object?>) Answer(string postId, string? brandId, DateTime? at) =>
        ($"answer {postId}", engine => engine.MarkAnswered(postId, brandId, at));

    private static (string, Func<PartitionEngine, object?>) View(string postId) =>
        ($"view {postId}", engine => engine.View(postId));

    private static (string, Func<PartitionEngine, object?>) Drain() => ("drain", engine => engine.Outbox.Drain());

    private static IEnumerable<(string, Func<PartitionEngine, object?>)> Drain(bool withViews) =>
        withViews ? [Drain(), ("views", Views)] : [Drain()];

    private static string Views(PartitionEngine engine) => OutputText.Of(AllIds.Select(engine.View).ToArray());

    private static void AssertSameSnapshot(PartitionEngineSnapshot expected, PartitionEngineSnapshot actual)
    {
        Assert.Equal(expected.Partition, actual.Partition);
        Assert.Equal(expected.PartitionCount, actual.PartitionCount);
        Assert.Equal(expected.Watermark, actual.Watermark);
        Assert.Equal(DateTimeKind.Utc, actual.Watermark.Kind);
        Assert.Equal(
            expected.SentimentWindows?.Select(w => (w.Brand, w.Window, string.Join(",", w.Cells), string.Join(",", w.Counts))),
            actual.SentimentWindows?.Select(w => (w.Brand, w.Window, string.Join(",", w.Cells), string.Join(",", w.Counts))));
        Assert.Equal(expected.Posts.Length, actual.Posts.Length);
        for (var i = 0; i < expected.Posts.Length; i++)
        {
            var e = expected.Posts[i];
            var a = actual.Posts[i];
            Assert.Equal(WithoutArrays(e), WithoutArrays(a));
            Assert.Equal(e.Brands, a.Brands);
            Assert.Equal(e.Topics, a.Topics);
            Assert.Equal(e.Engagements, a.Engagements);
            Assert.Equal(e.Answers, a.Answers);
            Assert.Equal(e.Tracks.Length, a.Tracks.Length);
            for (var t = 0; t < e.Tracks.Length; t++)
            {
                Assert.Equal(e.Tracks[t].BrandId, a.Tracks[t].BrandId);
                Assert.Equal(e.Tracks[t].Published?.Reasons, a.Tracks[t].Published?.Reasons);
                Assert.Equal(WithoutReasons(e.Tracks[t].Published), WithoutReasons(a.Tracks[t].Published));
                if (a.Tracks[t].Published is { } published)
                {
                    Assert.All(
                        [published.RaisedAt, published.ProcessedAt, published.UpdatedAt, published.ResolvedAt ?? published.RaisedAt],
                        d => Assert.Equal(DateTimeKind.Utc, d.Kind));
                }
            }
            Assert.Equal(DateTimeKind.Utc, a.CreatedAt.Kind);
            Assert.Equal(DateTimeKind.Utc, a.LastEventAt.Kind);
            Assert.All(a.Answers, x => Assert.Equal(DateTimeKind.Utc, x.At.Kind));
        }
    }

    private static Escalation? WithoutReasons(Escalation? e) => e is null ? null : e with { Reasons = [] };

    private static PostRecordSnapshot WithoutArrays(PostRecordSnapshot p) =>
        p with { Brands = [], Topics = [], Engagements = [], Answers = [], Tracks = [] };
}
