using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>
/// Per-brand adaptation of the sentiment model: a brand whose mentions are mostly complaints gets its ambiguous posts
/// read as complaints, other brands and unbranded posts are not affected, the estimate for a post comes only from
/// windows that were whole when it arrived, and a checkpoint carries the counts.
/// </summary>
public sealed class BrandSentimentPriorsTests
{
    private const string Rant = "this is the worst service I have ever had, absolutely terrible";

    // The model alone reads this as neutral (about neg 0.25, neu 0.57): a care account's stream says otherwise.
    private const string Ambiguous = "@AcmeCare where is my parcel";

    private static readonly SentimentAnalyzer Analyzer = SentimentAnalyzer.Shared;
    private static readonly DateTime Noon = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_complaint_heavy_brand_reads_an_ambiguous_post_as_a_complaint()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        Feed(priors, "acme", Rant, 120, Noon, TimeSpan.FromHours(3));
        var later = Noon.AddHours(5);

        var plain = Analyzer.Score(Ambiguous, Language.English);
        Assert.True(plain > -0.05, $"the unadapted model already calls it negative ({plain}): the test needs a post it does not");
        Assert.True(Score(priors, Ambiguous, "acme", later) <= -0.05);
        Assert.True(priors.EstimateFor("acme", later)!.Value.Negative > 0.6f, $"{priors.EstimateFor("acme", later)}");

        // Another brand, and a post about no brand, are scored as the model scores them.
        Assert.Equal(plain, Score(priors, Ambiguous, "globex", later));
        Assert.Equal(plain, priors.Score(Ambiguous, Language.English, [], later, count: true));
    }

    [Fact]
    public void A_post_is_scored_only_from_windows_that_closed_before_the_one_before_its_own()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        var plain = Analyzer.Score(Ambiguous, Language.English);

        // 12:00-12:59 holds the rants. Posts of 13:xx could still be overtaken by late 12:xx posts: not adapted.
        Feed(priors, "acme", Rant, 120, Noon, TimeSpan.FromMinutes(59));
        Assert.Equal(plain, Score(priors, Ambiguous, "acme", Noon.AddMinutes(30)));
        Assert.Equal(plain, Score(priors, Ambiguous, "acme", Noon.AddMinutes(119)));
        Assert.True(Score(priors, Ambiguous, "acme", Noon.AddMinutes(120)) <= -0.05);

        // A day after, the window has left the estimate.
        Assert.True(Score(priors, Ambiguous, "acme", Noon.AddHours(BrandSentimentPriors.WindowsUsed + 1)) <= -0.05);
        Assert.Equal(plain, Score(priors, Ambiguous, "acme", Noon.AddHours(BrandSentimentPriors.WindowsUsed + 2)));
    }

    [Fact]
    public void Below_warm_up_the_score_is_the_models()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        Feed(priors, "acme", Rant, BrandSentimentPriors.DefaultWarmUp - 1, Noon, TimeSpan.FromHours(1));
        Assert.Equal(Analyzer.Score(Ambiguous, Language.English), Score(priors, Ambiguous, "acme", Noon.AddHours(4)));
    }

    [Fact]
    public void Posts_not_counted_do_not_move_the_estimate()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        for (var i = 0; i < 120; i++)
        {
            priors.Score(Rant, Language.English, ["acme"], Noon.AddMinutes(i), count: false);
        }
        Assert.Null(priors.EstimateFor("acme", Noon.AddHours(5)));
    }

    [Fact]
    public void The_score_does_not_depend_on_the_order_posts_arrive_in_within_the_lateness()
    {
        // Two hours of a brand's stream, mixed, each post arriving up to two minutes late.
        string[] texts = [Rant, Rant, Rant, Ambiguous, "@AcmeCare the app logged me out"];
        var posts = Enumerable.Range(0, 600).Select(i => (Text: texts[i * 7 % texts.Length], At: Noon.AddSeconds(i * 30))).ToList();
        var random = new Random(3);
        var shuffled = posts.OrderBy(p => p.At.AddSeconds(random.NextDouble() * 120)).ToList();
        Assert.NotEqual(posts, shuffled);

        var inOrder = Scores(posts);
        var late = Scores(shuffled);
        Assert.Equal(inOrder.Count, late.Count);
        foreach (var (key, score) in inOrder)
        {
            Assert.Equal(score, late[key]);
        }
        Assert.Contains(inOrder, s => s.Key.Text == Ambiguous && s.Value <= -0.05); // The adaptation did act.

        static Dictionary<(string Text, DateTime At), double> Scores(List<(string Text, DateTime At)> posts)
        {
            var priors = new BrandSentimentPriors(Analyzer);
            return posts.ToDictionary(p => p, p => Score(priors, p.Text, "acme", p.At));
        }
    }

    [Fact]
    public void A_post_about_several_brands_is_scored_under_the_first_and_counted_by_all()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        Feed(priors, "acme", Rant, 120, Noon, TimeSpan.FromHours(1));
        var later = Noon.AddHours(3);

        Assert.True(priors.Score(Ambiguous, Language.English, ["acme", "globex"], later, count: true) <= -0.05);
        Assert.True(priors.Score(Ambiguous, Language.English, ["globex", "acme"], later, count: true) > -0.05);
        Assert.Equal(2, priors.Count);
    }

    [Fact]
    public void A_restored_checkpoint_scores_the_next_posts_as_the_original()
    {
        var original = new BrandSentimentPriors(Analyzer);
        Feed(original, "acme", Rant, 70, Noon, TimeSpan.FromHours(2));
        Feed(original, "globex", "love it, thank you so much, brilliant service", 70, Noon, TimeSpan.FromHours(2));
        var snapshot = original.Snapshot();
        Assert.Equal(["acme", "acme", "globex", "globex"], snapshot.Select(p => p.Brand));
        Assert.Equal(140, snapshot.Sum(w => w.Counts.Sum()));

        var restored = new BrandSentimentPriors(Analyzer);
        restored.Restore(snapshot);
        var forgotten = new BrandSentimentPriors(Analyzer);

        string[] next = [Ambiguous, "@AcmeCare the app logged me out", "@AcmeCare my flight was moved to 6pm", Rant];
        var differsFromForgotten = false;
        var at = Noon.AddHours(4);
        foreach (var text in next.Concat(next))
        {
            var expected = Score(original, text, "acme", at);
            Assert.Equal(expected, Score(restored, text, "acme", at));
            differsFromForgotten |= expected != Score(forgotten, text, "acme", at);
            at = at.AddMinutes(1);
        }
        Assert.True(differsFromForgotten, "the counts made no difference: the check would pass without restoring them");
        Assert.Equal(
            original.Snapshot().Select(w => (w.Brand, w.Window, string.Join(",", w.Cells), string.Join(",", w.Counts))),
            restored.Snapshot().Select(w => (w.Brand, w.Window, string.Join(",", w.Cells), string.Join(",", w.Counts))));
    }

    [Fact]
    public void A_damaged_checkpoint_is_refused_whole()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        Feed(priors, "acme", Rant, 60, Noon, TimeSpan.FromHours(1));
        var before = priors.Snapshot().Sum(w => w.Counts.Sum());

        Assert.Throws<ArgumentException>(() => priors.Restore([new("a", 1, [3], [10]), new("a", 1, [4], [10])]));
        Assert.Throws<ArgumentException>(() => priors.Restore([new("a", 1, [3], [10]), new("b", 1, [3, 4], [10])]));
        Assert.Throws<ArgumentException>(() => priors.Restore([new("a", 1, [SentimentHistogram.Cells], [10])]));
        Assert.Throws<ArgumentException>(() => priors.Restore([new("a", 1, [3], [0])]));
        Assert.Equal(before, priors.Snapshot().Sum(w => w.Counts.Sum()));
        Assert.Equal(["acme"], priors.Snapshot().Select(w => w.Brand).Distinct());
    }

    [Fact]
    public void Deleted_brands_are_forgotten()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        Feed(priors, "acme", Rant, 5, Noon, TimeSpan.FromHours(1));
        Feed(priors, "globex", Rant, 5, Noon, TimeSpan.FromHours(1));
        priors.Prune(brand => brand == "globex");
        Assert.Equal(["globex"], priors.Snapshot().Select(w => w.Brand).Distinct());
    }

    [Fact]
    public void Windows_older_than_any_estimate_reads_are_dropped()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        Feed(priors, "acme", Rant, 100, Noon, TimeSpan.FromDays(3));
        var windows = priors.Snapshot();
        Assert.InRange(windows.Length, BrandSentimentPriors.WindowsUsed + 2, BrandSentimentPriors.WindowsUsed + 4);
        Assert.True(windows.Min(w => w.Window) >= BrandSentimentPriors.WindowOf(Noon.AddDays(3)) - BrandSentimentPriors.WindowsUsed - 4);
    }

    [Fact]
    public void A_post_dated_years_off_does_not_erase_a_brands_history()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        Feed(priors, "acme", Rant, 60, Noon, TimeSpan.FromHours(2));
        Score(priors, Rant, "acme", Noon.AddYears(70));
        Score(priors, Rant, "acme", Noon.AddYears(-70));
        Feed(priors, "acme", Rant, 60, Noon.AddHours(2), TimeSpan.FromHours(2));

        Assert.Equal(120, priors.Snapshot().Where(w => Math.Abs(w.Window - BrandSentimentPriors.WindowOf(Noon)) < 10).Sum(w => w.Counts.Sum()));
        Assert.True(Score(priors, Ambiguous, "acme", Noon.AddHours(6)) <= -0.05);
    }

    [Fact]
    public void Scoring_a_known_brand_in_a_known_window_does_not_allocate()
    {
        var priors = new BrandSentimentPriors(Analyzer);
        string[] brands = ["acme"];
        Feed(priors, "acme", Rant, 60, Noon, TimeSpan.FromHours(2));
        var at = Noon.AddHours(3);
        var least = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1_000; i++)
            {
                priors.Score(Ambiguous, Language.English, brands, at, count: true);
            }
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.Equal(0, least);
    }

    private static double Score(BrandSentimentPriors priors, string text, string brand, DateTime at) =>
        priors.Score(text, Language.English, [brand], at, count: true);

    /// <summary><paramref name="count"/> posts of one brand spread evenly over <paramref name="span"/> from <paramref name="from"/>.</summary>
    private static void Feed(BrandSentimentPriors priors, string brand, string text, int count, DateTime from, TimeSpan span)
    {
        string[] brands = [brand];
        for (var i = 0; i < count; i++)
        {
            priors.Score(text, Language.English, brands, from + span * i / count, count: true);
        }
    }
}
