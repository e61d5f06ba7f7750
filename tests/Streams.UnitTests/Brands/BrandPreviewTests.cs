using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Brands;
using Streams.Domain.Matching.Query;
using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Brands;

public sealed class BrandPreviewTests
{
    private static readonly BrandConfig Orange = new(
        "orange", "Orange", [new BrandHandle(Platform.Twitter, "Orange_conseil")], [], ["fr"], 60, EscalationSettings.Default,
        Query: "orange NEAR/3 (forfait OR réseau OR fibre OR livebox) NOT jus",
        Topics: [new BrandTopic("fibre-install", ["technician"], ["technicien", "raccordement"])]);

    private static PostMetadata On(Platform platform = Platform.Twitter, string? lang = null, string? author = null, long followers = 0) =>
        new(lang, null, platform, author, followers, false);

    [Fact]
    public void A_post_is_matched_by_the_brand_query_as_the_pipeline_would_match_it()
    {
        var preview = new BrandPreview(Orange);

        Assert.True(preview.Read("Mon forfait Orange a encore augmenté", On()).Matched);
        Assert.False(preview.Read("un jus d'orange et le forfait du resto", On()).Matched);
        Assert.False(preview.Read("une orange pressée", On()).Matched);
    }

    [Fact]
    public void Field_filters_see_the_sample_post_fields_and_the_detected_language()
    {
        var preview = new BrandPreview(Orange with { Query = "orange AND lang:fr AND followers:>1000 AND platform:forum" });
        const string text = "la fibre Orange est encore en panne ce matin";

        Assert.True(preview.Read(text, On(Platform.Forum, followers: 5_000)).Matched);
        Assert.False(preview.Read(text, On(Platform.Forum, followers: 50)).Matched);
        Assert.False(preview.Read(text, On(Platform.Twitter, followers: 5_000)).Matched);
        Assert.False(preview.Read(text, On(Platform.Forum, lang: "en", followers: 5_000)).Matched);
    }

    [Fact]
    public void The_brand_own_account_is_an_own_post_and_never_a_mention()
    {
        var reading = new BrandPreview(Orange).Read("Votre forfait Orange évolue : voici les nouveautés", On(author: "Orange_conseil"));

        Assert.True(reading.OwnPost);
        Assert.False(reading.Matched);
        Assert.Equal(0, reading.Sentiment);
        Assert.Equal(PostIntent.None, reading.Intents);
    }

    [Fact]
    public void Topics_follow_the_brand_taxonomy_even_when_the_query_does_not_take_the_post()
    {
        var preview = new BrandPreview(Orange);

        var matched = preview.Read("Orange fibre : toujours pas de technicien pour le raccordement, je vais résilier", On());
        var unmatched = preview.Read("still no technician for my install, cancel my account", On());

        Assert.True(matched.Matched);
        Assert.Contains("fibre-install", matched.Topics);
        Assert.Equal(Language.French, matched.Language);
        Assert.True(matched.Sentiment <= -0.05, $"sentiment {matched.Sentiment}");
        Assert.True(matched.Intents.HasFlag(PostIntent.ChurnThreat));
        Assert.False(unmatched.Matched);
        Assert.Contains("fibre-install", unmatched.Topics);
        Assert.Equal(Language.English, unmatched.Language);
    }

    [Fact]
    public void A_brand_that_replaces_the_taxonomy_reads_only_its_own_topics()
    {
        var replaced = new BrandPreview(Orange with { ReplaceTopics = true });
        var extended = new BrandPreview(Orange);
        const string text = "Orange: my refund never came and the technician never showed up";

        Assert.Equal(["fibre-install"], replaced.Read(text, On()).Topics);
        Assert.Contains("returns-refunds", extended.Read(text, On()).Topics);
    }

    [Fact]
    public void Sentiment_is_the_model_score_the_pipeline_starts_from()
    {
        const string text = "Orange réseau down for 3 hours and still no answer from support";

        var reading = new BrandPreview(Orange).Read(text, On());

        Assert.Equal(SentimentAnalyzer.Shared.Score(text, reading.Language), reading.Sentiment);
    }
}
