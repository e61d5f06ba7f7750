using BenchmarkDotNet.Attributes;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Brands;
using Streams.Domain.Posts;
using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>
/// One partition's share of <c>POST /api/brands/backtest</c>: a draft query over 20,000 kept posts (the default limit
/// per partition), real tweets from the SemEval and DEFT sets, a fifth of them mentioning the brand. The partition
/// answers in one turn, so this is how long its ingest waits.
/// </summary>
[MemoryDiagnoser]
public class BacktestBenchmarks
{
    public const int Posts = 20_000;

    private static readonly BrandConfig Draft = new(
        "zeste", "Zeste", [new BrandHandle(Platform.Twitter, "ZesteCare")], [], ["fr", "en"], 60, EscalationSettings.Default,
        Query: "(zeste OR @ZesteCare) AND (forfait OR fibre OR réseau OR rembours* OR \"service client\" OR panne NEAR/3 internet) -citron");

    private List<PostRecord> _posts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var texts = LabelledData.Split("en", "semeval2017_train", Language.English)
            .Concat(LabelledData.Split("fr", "deft2017_train", Language.French))
            .Select(p => p.Text)
            .ToArray();
        var start = new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);
        _posts = new List<PostRecord>(Posts);
        for (var i = 0; i < Posts; i++)
        {
            var text = i % 5 == 0 ? "Zeste " + texts[i % texts.Length] : texts[i % texts.Length];
            var post = new PostRecord($"p{i}");
            post.MarkSeen(
                new MentionEvent(EventKind.Post, $"p{i}", $"p{i}", start.AddSeconds(i), new AuthorRef($"a{i % 5_000}", $"a{i % 5_000}", i % 10_000, false),
                    Platform.Twitter, text, null, null, null, null),
                LanguageDetector.Detect(text, null), 0, i % 10 == 0 ? ["zeste"] : [], null);
            _posts.Add(post);
        }
    }

    [Benchmark]
    public int Backtest20000() => BrandBacktestRun.Run(Draft, _posts, Posts, 20).Matched;
}
