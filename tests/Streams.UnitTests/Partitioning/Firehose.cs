using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Brands;
using Streams.Domain.Partitioning;

namespace Streams.UnitTests.Partitioning;

/// <summary>Events and brands for driving a <see cref="PartitionEngine"/> by hand; times are minutes after <see cref="T0"/>.</summary>
internal static class Firehose
{
    public const string BrandId = "acme";
    public const string BrandHandle = "AcmeCare";

    public const string Complaint = "@AcmeCare this is the worst service I have ever had, absolutely terrible";
    public const string Praise = "@AcmeCare I love this, great service today, thank you so much";

    public static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    public static BrandConfig Acme(int responseTargetMinutes = 60, EscalationSettings? settings = null) =>
        new(BrandId, "Acme", [new BrandHandle(Platform.Unknown, BrandHandle)], [], ["en"], responseTargetMinutes, settings ?? EscalationSettings.Default);

    public static BrandConfig Globex() =>
        new("globex", "Globex", [new BrandHandle(Platform.Unknown, "GlobexHelp")], [], ["en"], 60, EscalationSettings.Default);

    public static BrandCatalog Catalog(params BrandConfig[] brands) => new(1, brands.Length == 0 ? [Acme()] : brands);

    public static PartitionEngine Engine(int partition = 0, int partitionCount = 1, BrandCatalog? catalog = null) =>
        new(partition, partitionCount, TimeProvider.System) { Catalog = catalog ?? Catalog() };

    public static DateTime At(double minute) => T0.AddMinutes(minute);

    public static MentionEvent Post(
        string id, double minute, string text = Complaint, string author = "jane", long followers = 48_000,
        string? handle = null, string? inReplyTo = null, string? quoteOf = null, bool verified = false) =>
        new(EventKind.Post, id, id, At(minute), new AuthorRef(author, handle ?? author, followers, verified), Platform.Twitter, text, "en", inReplyTo, quoteOf, null);

    public static MentionEvent BrandReply(string id, string inReplyTo, double minute, string text = "We are sorry, please DM us.") =>
        Post(id, minute, text, "acme-account", 50_000, handle: BrandHandle, inReplyTo: inReplyTo);

    public static MentionEvent Repost(string id, string postId, double minute, long followers = 300) =>
        new(EventKind.Repost, id, postId, At(minute), new AuthorRef("u-" + id, null, followers, false), Platform.Twitter, null, null, null, null, null);

    public static MentionEvent Like(string postId, double minute, string author = "fan") =>
        new(EventKind.Like, string.Empty, postId, At(minute), new AuthorRef(author, null, 10, false), Platform.Twitter, null, null, null, null, null);

    /// <summary>Reposts of <paramref name="postId"/> one every <paramref name="every"/> minutes from <paramref name="from"/>.</summary>
    public static IEnumerable<MentionEvent> Reposts(string postId, int count, double from, double every = 0.25, string prefix = "r") =>
        Enumerable.Range(0, count).Select(i => Repost($"{prefix}{i}", postId, from + i * every));

    /// <summary>A post id that hashes to <paramref name="partition"/> of <paramref name="partitionCount"/>.</summary>
    public static string IdIn(int partition, int partitionCount, string prefix)
    {
        for (var i = 0; ; i++)
        {
            var id = $"{prefix}{i}";
            if (Abstractions.Pipeline.PartitionMap.PartitionOf(id, partitionCount) == partition)
            {
                return id;
            }
        }
    }

    public static void ApplyAll(this PartitionEngine engine, IEnumerable<MentionEvent> events)
    {
        foreach (var e in events)
        {
            engine.Apply(e);
        }
    }
}
