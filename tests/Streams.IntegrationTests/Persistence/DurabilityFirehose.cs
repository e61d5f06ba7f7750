using Streams.Abstractions.Brands;
using Streams.IntegrationTests.Infrastructure;

namespace Streams.IntegrationTests.Persistence;

/// <summary>
/// A firehose for the durability tests: per brand, escalation cases that spread, get answered in
/// the thread, below it, before and after spreading (repeated with distinct ids), over a steady
/// background of customer posts and likes from recurring authors.
/// </summary>
public sealed class DurabilityFirehose
{
    private const int CaseRepeats = 4;
    private const int BackgroundPosts = 600;
    private const int BackgroundAuthors = 120;

    private static readonly string[] Texts =
    [
        "@{0} my parcel is late again, terrible delivery",
        "@{0} thanks, the new plan is great",
        "@{0} how do I change my billing address?",
        "@{0} still waiting for my refund, awful service",
        "@{0} the app crashed during payment",
        "@{0} love the quick answer from your team",
        "@{0} I'm switching to a competitor, cancel my account",
    ];

    private readonly List<IReadOnlyList<string>> linesPerBrand = [];

    private DurabilityFirehose()
    {
    }

    public IReadOnlyList<BrandConfig> Brands { get; private set; } = [];

    /// <summary>Every author id of the firehose's customer posts.</summary>
    public IReadOnlyList<string> Authors { get; private set; } = [];

    public static DurabilityFirehose Create(int brands)
    {
        var firehose = new DurabilityFirehose();
        var configs = new List<BrandConfig>();
        var authors = new List<string>();
        for (var b = 0; b < brands; b++)
        {
            var prefix = TestBrands.NewPrefix();
            configs.Add(TestBrands.Unique(prefix));
            var handle = TestBrands.HandleOf(prefix);
            var script = new FirehoseScript(prefix);
            for (var k = 0; k < CaseRepeats; k++)
            {
                AddCases(script, handle, k, shift: k * 3);
            }
            for (var i = 0; i < BackgroundPosts; i++)
            {
                var minute = 30.0 * i / BackgroundPosts;
                var author = $"n{i % BackgroundAuthors}";
                script.Post($"bg{i}", author, 100 + 37 * (i % BackgroundAuthors), string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts[i % Texts.Length], handle), minute);
                if (i % 5 == 0)
                {
                    script.Likes($"bg{i}", 2, minute + 0.1, minute + 0.5);
                }
            }
            authors.AddRange(Enumerable.Range(0, BackgroundAuthors).Select(a => script.Id($"n{a}")));
            authors.AddRange(Enumerable.Range(0, CaseRepeats).SelectMany(k => Enumerable.Range(1, 5).Select(c => script.Id($"a{c}k{k}"))));
            firehose.linesPerBrand.Add(script.Lines());
        }
        firehose.Brands = configs;
        firehose.Authors = authors;
        return firehose;
    }

    /// <summary>The firehose as ingest requests: each brand's lines in event-time order, the brands' requests taking turns.</summary>
    public IReadOnlyList<string> Requests(int linesPerRequest)
    {
        var chunks = linesPerBrand.Select(lines => lines.Chunk(linesPerRequest).Select(FirehoseScript.Join).ToArray()).ToArray();
        var requests = new List<string>();
        for (var i = 0; i < chunks.Max(c => c.Length); i++)
        {
            requests.AddRange(chunks.Where(c => i < c.Length).Select(c => c[i]));
        }
        return requests;
    }

    private static void AddCases(FirehoseScript script, string handle, int k, double shift)
    {
        string Id(string local) => $"{local}k{k}";
        script
            // Spreads, worsens, never answered.
            .Post(Id("p1"), Id("a1"), 5_000, $"@{handle} you charged me twice and nobody answers, disgusting", shift)
            .Reposts(Id("p1"), 25, shift + 1, shift + 9, 400).Reposts(Id("p1"), 50, shift + 9, shift + 20, 900).Likes(Id("p1"), 30, shift + 1, shift + 20)
            // Spreads, then the brand answers.
            .Post(Id("p2"), Id("a2"), 800, $"@{handle} app broken again, worst service ever", shift + 3)
            .Reposts(Id("p2"), 40, shift + 4, shift + 12, 700)
            .BrandReply(Id("b2"), handle, Id("p2"), shift + 15)
            // The brand answers below a follow-up reply while it spreads.
            .Post(Id("p3"), Id("a3"), 20_000, $"@{handle} still no refund after 3 weeks, terrible", shift + 5)
            .Reposts(Id("p3"), 30, shift + 6, shift + 14, 600)
            .Post(Id("p3f"), Id("a3"), 20_000, "hello?? anyone?", shift + 10, inReplyTo: Id("p3"))
            .BrandReply(Id("b3"), handle, Id("p3f"), shift + 16)
            // Answered before it spreads: never an escalation.
            .Post(Id("p4"), Id("a4"), 3_000, $"@{handle} my delivery is late, awful", shift + 6)
            .BrandReply(Id("b4"), handle, Id("p4"), shift + 7)
            .Reposts(Id("p4"), 60, shift + 8, shift + 16, 900)
            // Answered just after it starts spreading.
            .Post(Id("p5"), Id("a5"), 1_500, $"@{handle} the outage ruined my day, terrible support", shift + 12)
            .Reposts(Id("p5"), 30, shift + 13, shift + 17, 800)
            .BrandReply(Id("b5"), handle, Id("p5"), shift + 17.5);
    }
}
