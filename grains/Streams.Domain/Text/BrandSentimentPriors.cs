namespace Streams.Domain.Text;

/// <summary>
/// Sentiment of brand mentions adapted to each brand's stream. The model learnt its probabilities on general tweets
/// with balanced classes; posts aimed at a care account are mostly complaints, so it under-calls them there. Per
/// brand, the class priors of its recent mentions are estimated without labels (EM over the model's own
/// probabilities, <see cref="SentimentHistogram.EstimatePriors"/>) and each post is re-weighted by estimated /
/// training prior.
/// </summary>
/// <remarks>
/// <para>Order-free, like everything else a partition decides: a post's score is a function of the events in event
/// time, not of the order they arrived in, so a replay at any speed, with posts up to an hour late, or from a
/// checkpoint after a crash, scores every post the same. Posts are counted per brand in event-time windows of
/// <see cref="WindowLength"/>; a post is scored with the priors of the <see cref="WindowsUsed"/> windows that end
/// one window before its own starts (for a post at 14:20, 13:00 back to the previous day's 14:00). Those windows are
/// complete when it arrives as long as no post is later than a window: every post of them is at least one window
/// older. A post later than that still counts, and the estimates it changes are made again, but posts scored in
/// between kept the estimate they had. Counts are whole numbers in a histogram, so no sum depends on the order posts
/// were counted in either.</para>
/// <para>Only posts that open a conversation are counted: a reply or a quote reaches its own partition by way of its
/// parent's, later than the posts around it, so counting it would make the estimate depend on that delay. Replies and
/// quotes are still scored under the brand's estimate.</para>
/// <para>Each partition keeps its own instance and estimates from its share of a brand's posts, with no traffic
/// between partitions; the windows are checkpointed with the partition's posts. Below <see cref="WarmUp"/> posts in
/// the windows used, the model's probabilities pass unchanged. A post about several brands is scored under its first
/// brand's estimate and counted by every one. Not thread-safe, like the partition that owns it; allocation-free except
/// for a brand's first post in a window (one histogram).</para>
/// </remarks>
public sealed class BrandSentimentPriors
{
    /// <summary>Length of an event-time window.</summary>
    public static readonly TimeSpan WindowLength = TimeSpan.FromHours(1);

    /// <summary>Windows whose posts make the estimate: the last day but the current and the previous hour.</summary>
    public const int WindowsUsed = 23;

    /// <summary>Default <see cref="WarmUp"/>, chosen with <c>tune-prior</c> on label-shifted streams drawn from the val splits.</summary>
    public const int DefaultWarmUp = 50;

    /// <summary>Default <see cref="Anchor"/>, chosen with <c>tune-prior</c> like <see cref="DefaultWarmUp"/>.</summary>
    public const float DefaultAnchor = 50;

    /// <summary>No class prior is estimated below this: a brand's stream is never certain to hold no praise or no complaint.</summary>
    public const float Floor = 0.02f;

    private readonly Dictionary<string, BrandWindowCounts> brands = new(StringComparer.Ordinal);
    private readonly SentimentHistogram scratch = new();
    private readonly SentimentAnalyzer analyzer;

    /// <param name="analyzer">Gives each post's class probabilities; without a model nothing is adapted.</param>
    /// <param name="warmUp">Posts the windows used must hold before their estimate is applied.</param>
    /// <param name="anchor">Weight of the training priors in the estimate, in posts.</param>
    public BrandSentimentPriors(SentimentAnalyzer analyzer, int warmUp = DefaultWarmUp, float anchor = DefaultAnchor)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentOutOfRangeException.ThrowIfNegative(warmUp);
        ArgumentOutOfRangeException.ThrowIfNegative(anchor);
        this.analyzer = analyzer;
        WarmUp = warmUp;
        Anchor = anchor;
    }

    /// <summary>Posts the windows used must hold before their estimate is applied.</summary>
    public int WarmUp { get; }

    /// <summary>Weight of the training priors in the estimate, in posts: a few posts cannot pull it to one class.</summary>
    public float Anchor { get; }

    /// <summary>Brands with posts counted.</summary>
    public int Count => brands.Count;

    /// <summary>The window a post at <paramref name="at"/> falls in.</summary>
    public static long WindowOf(DateTime at) => at.Ticks / WindowLength.Ticks;

    /// <summary>
    /// The post's sentiment in [-1, 1] (as <see cref="SentimentAnalyzer.Score"/>), re-weighted by its first brand's
    /// priors for the post's time once enough posts are counted; then, when <paramref name="count"/> is set, the post
    /// is counted for every brand. Without a model, or without brands, the analyzer's own score.
    /// </summary>
    public double Score(ReadOnlySpan<char> text, Language language, IReadOnlyList<string> brandIds, DateTime at, bool count)
    {
        ArgumentNullException.ThrowIfNull(brandIds);
        // The priors are estimated from, and re-weight, the model's own calibrated probabilities; the guards, which
        // state facts about this post whatever the brand's mix, come last.
        return brandIds.Count > 0 && analyzer.TryPredictModel(text, language, out var probabilities, out var cues)
            ? SentimentGuards.Apply(Adapt(probabilities, brandIds, at, count), cues).ToScore()
            : analyzer.Score(text, language);
    }

    /// <summary>
    /// <see cref="Score"/> on the model's own probabilities of a post (<see cref="SentimentAnalyzer.TryPredictModel"/>,
    /// before the guards): re-weighted by its first brand's priors for the post's time once enough posts are counted,
    /// then counted for every brand when <paramref name="count"/> is set.
    /// </summary>
    public SentimentProbabilities Adapt(SentimentProbabilities probabilities, IReadOnlyList<string> brandIds, DateTime at, bool count)
    {
        ArgumentNullException.ThrowIfNull(brandIds);
        if (brandIds.Count == 0 || analyzer.Model is not { } model)
        {
            return probabilities;
        }
        var window = WindowOf(at);
        var adapted = EstimateFor(brandIds[0], window, model.TrainingPriors) is { } priors
            ? SentimentHistogram.Reweight(probabilities, priors, model.TrainingPriors)
            : probabilities;
        if (count)
        {
            var cell = SentimentHistogram.CellOf(probabilities);
            for (var i = 0; i < brandIds.Count; i++)
            {
                WindowsOf(brandIds[i]).Count(window, cell);
            }
        }
        return adapted;
    }

    /// <summary>
    /// The priors a post of <paramref name="brand"/> at <paramref name="at"/> is scored with, or null while too few
    /// of the brand's posts are counted (or without a model).
    /// </summary>
    public SentimentProbabilities? EstimateFor(string brand, DateTime at) =>
        analyzer.Model is { } model ? EstimateFor(brand, WindowOf(at), model.TrainingPriors) : null;

    /// <summary>Forgets the brands <paramref name="keep"/> says no longer exist (a deleted brand's counts are never used again).</summary>
    public void Prune(Func<string, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        foreach (var brand in brands.Keys.Where(b => !keep(b)).ToList())
        {
            brands.Remove(brand);
        }
    }

    /// <summary>Every brand's counted windows, by brand and window (so equal states give equal checkpoints).</summary>
    public BrandSentimentWindow[] Snapshot()
    {
        var windows = new List<BrandSentimentWindow>();
        foreach (var (brand, byWindow) in brands.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            foreach (var (window, histogram) in byWindow.Windows.OrderBy(w => w.Key))
            {
                var cells = new List<int>();
                var counts = new List<int>();
                for (var cell = 0; cell < SentimentHistogram.Cells; cell++)
                {
                    if (histogram[cell] > 0)
                    {
                        cells.Add(cell);
                        counts.Add(histogram[cell]);
                    }
                }
                windows.Add(new BrandSentimentWindow(brand, window, [.. cells], [.. counts]));
            }
        }
        return [.. windows];
    }

    /// <summary>Replaces every count by a checkpoint's. All or nothing: a damaged entry leaves the counts as they were.</summary>
    /// <exception cref="ArgumentException">A window twice, cells and counts of different lengths, no such cell or a count below one.</exception>
    public void Restore(IReadOnlyList<BrandSentimentWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var restored = new Dictionary<string, BrandWindowCounts>(StringComparer.Ordinal);
        foreach (var entry in windows)
        {
            if (entry.Cells.Length != entry.Counts.Length)
            {
                throw new ArgumentException($"Window {entry.Window} of brand {entry.Brand} has {entry.Cells.Length} cells but {entry.Counts.Length} counts.", nameof(windows));
            }
            if (!restored.TryGetValue(entry.Brand, out var byWindow))
            {
                restored[entry.Brand] = byWindow = new BrandWindowCounts();
            }
            var histogram = new SentimentHistogram();
            if (!byWindow.Windows.TryAdd(entry.Window, histogram))
            {
                throw new ArgumentException($"The checkpoint holds window {entry.Window} of brand {entry.Brand} twice.", nameof(windows));
            }
            try
            {
                for (var i = 0; i < entry.Cells.Length; i++)
                {
                    histogram.Add(entry.Cells[i], entry.Counts[i]);
                }
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new ArgumentException($"Window {entry.Window} of brand {entry.Brand} is invalid: {e.Message}", nameof(windows), e);
            }
        }
        brands.Clear();
        foreach (var (brand, byWindow) in restored)
        {
            brands[brand] = byWindow;
        }
    }

    private SentimentProbabilities? EstimateFor(string brand, long window, SentimentProbabilities training)
    {
        if (!brands.TryGetValue(brand, out var byWindow))
        {
            return null;
        }
        if (byWindow.Estimates.TryGet(window, out var cached))
        {
            return cached;
        }
        // Windows window - 1 - WindowsUsed .. window - 2: whole by the time any post of `window` arrives.
        scratch.Clear();
        foreach (var (w, histogram) in byWindow.Windows)
        {
            if (w <= window - 2 && w >= window - 1 - WindowsUsed)
            {
                scratch.Add(histogram);
            }
        }
        SentimentProbabilities? estimate = scratch.Total >= WarmUp ? scratch.EstimatePriors(training, Anchor, Floor) : null;
        byWindow.Estimates.Set(window, estimate);
        return estimate;
    }

    private BrandWindowCounts WindowsOf(string brand)
    {
        if (!brands.TryGetValue(brand, out var byWindow))
        {
            brands[brand] = byWindow = new BrandWindowCounts();
        }
        return byWindow;
    }
}
