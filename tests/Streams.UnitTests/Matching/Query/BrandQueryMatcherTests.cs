using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching.Query;
using Xunit;

namespace Streams.UnitTests.Matching.Query;

public sealed class BrandQueryMatcherTests
{
    private static readonly PostMetadata Tweet = new("fr", "FR", Platform.Twitter, "@jane", 1_500, false);

    private static BrandConfig Brand(string id, string name, string[]? handles = null, string[]? aliases = null) => new(
        id, name, [.. (handles ?? []).Select(h => new BrandHandle(Platform.Unknown, h))], aliases ?? [], ["fr", "en"], 60, EscalationSettings.Default);

    private static List<string> Match(BrandQueryMatcher matcher, string text, PostMetadata? metadata = null)
    {
        var ids = new List<string>();
        matcher.Match(text, metadata ?? Tweet, ids);
        return ids;
    }

    private static BrandQueryMatcher One(string query) => BrandQueryMatcher.Compile([new BrandQuerySource(Brand("b", "Brand"), query)]);

    [Theory]
    [InlineData("orange AND (mobile OR forfait OR réseau OR @orange)", "Plus de RESEAU chez Orange depuis ce matin", true)]
    [InlineData("orange AND (mobile OR forfait OR réseau OR @orange)", "Un jus d'orange pressé, le bonheur", false)]
    [InlineData("orange AND (mobile OR forfait OR réseau OR @orange)", "@Orange toujours rien", true)]
    [InlineData("orange AND NOT jus", "jus d'orange", false)]
    [InlineData("orange AND NOT jus", "orange mécanique", true)]
    [InlineData("orange -jus", "jus d'orange", false)]
    [InlineData("orange -jus", "orange mécanique", true)]
    [InlineData("t-mobile", "my T-Mobile bill", true)]
    [InlineData("\"service client\" AND sncf", "Le service client de la SNCF", true)]
    [InlineData("\"service client\" AND sncf", "le client du service SNCF", false)]
    [InlineData("rembours* AND sncf", "SNCF toujours pas remboursée", true)]
    [InlineData("rembours* AND sncf", "SNCF rembourser", true)]
    [InlineData("rembours* AND sncf", "SNCF remise", false)]
    [InlineData("resilier", "je vais RÉSILIER", true)]
    [InlineData("#AirFrance", "vol annulé #air_france", true)]
    [InlineData("#AirFrance", "vol annulé air france", false)]
    [InlineData("@SNCF", "merci @sncf.", true)]
    [InlineData("@SNCF", "merci sncf", false)]
    public void Text_operators_match_case_and_accent_insensitively(string query, string text, bool expected)
    {
        Assert.Equal(expected, Match(One(query), text).Count == 1);
    }

    [Theory]
    [InlineData("colis NEAR/1 perdu", "colis toujours pas perdu", false)]
    [InlineData("colis NEAR/2 perdu", "colis toujours pas perdu", true)]
    [InlineData("colis NEAR/2 perdu", "colis encore perdu", true)]
    [InlineData("colis NEAR/2 perdu", "perdu mon colis", true)]
    [InlineData("colis ONEAR/2 perdu", "perdu mon colis", false)]
    [InlineData("colis ONEAR/0 perdu", "colis perdu", true)]
    [InlineData("\"service client\" NEAR/1 nul", "nul ce service client", true)]
    [InlineData("\"service client\" NEAR/1 nul", "nul vraiment ce service client", false)]
    [InlineData("(colis OR paquet) ONEAR/3 jamais", "le paquet n'est jamais arrivé", true)]
    [InlineData("livr* NEAR/1 retard", "retard de livraison", true)]
    public void Proximity_counts_the_words_between(string query, string text, bool expected)
    {
        Assert.Equal(expected, Match(One(query), text).Count == 1);
    }

    [Theory]
    [InlineData("acme lang:fr", true)]
    [InlineData("acme lang:en", false)]
    [InlineData("acme region:fr", true)]
    [InlineData("acme platform:forum", false)]
    [InlineData("acme platform:twitter", true)]
    [InlineData("acme author:JANE", true)]
    [InlineData("acme followers:>1000", true)]
    [InlineData("acme followers:<1000", false)]
    [InlineData("acme followers:>=1500", true)]
    [InlineData("acme followers:<=1499", false)]
    [InlineData("acme followers:1500", true)]
    [InlineData("acme verified:true", false)]
    [InlineData("acme verified:false", true)]
    [InlineData("acme NOT platform:news", true)]
    public void Field_filters_test_the_metadata(string query, bool expected)
    {
        Assert.Equal(expected, Match(One(query), "acme encore en panne").Count == 1);
    }

    [Fact]
    public void Lang_filter_accepts_regional_variants()
    {
        Assert.Single(Match(One("acme lang:en"), "acme", Tweet with { Lang = "en-GB" }));
        Assert.Empty(Match(One("acme lang:en"), "acme", Tweet with { Lang = "eng" }));
    }

    [Fact]
    public void Brands_without_query_keep_the_name_handle_and_hashtag_rules()
    {
        var matcher = BrandQueryMatcher.Compile(
        [
            new BrandQuerySource(Brand("orange", "Orange", ["orange"]), "orange AND (mobile OR forfait OR @orange)"),
            new BrandQuerySource(Brand("sg", "Société Générale", ["SocieteGenerale"])),
            new BrandQuerySource(Brand("free", "Free", ["free"]), "  "),
        ]);
        Assert.Equal(["sg"], Match(matcher, "La societe generale encore"));
        Assert.Equal(["orange", "sg"], Match(matcher, "#SocieteGenerale et mon forfait Orange"));
        Assert.Equal(["free"], Match(matcher, "free, enfin du réseau"));
        Assert.Empty(Match(matcher, "un jus d'orange"));
        Assert.True(matcher.TryGetOwner(Platform.Twitter, "@Orange", out var owner));
        Assert.Equal("orange", owner);
    }

    [Fact]
    public void Many_brands_share_terms_and_each_is_evaluated_on_its_own_query()
    {
        var sources = Enumerable.Range(0, 1_000)
            .Select(i => new BrandQuerySource(Brand($"b{i}", $"Brand {i}"), $"(widget{i} OR \"gadget {i}\") AND (panne OR rembours*) AND NOT test"))
            .ToList();
        var matcher = BrandQueryMatcher.Compile(sources);
        Assert.Equal(["b7", "b912"], Match(matcher, "widget912 en panne, et gadget 7 pas remboursé"));
        Assert.Empty(Match(matcher, "widget912 en panne, test"));
        Assert.Empty(Match(matcher, "widget912 et widget7"));
    }

    [Fact]
    public void Invalid_query_is_refused_at_compile_with_the_brand()
    {
        var exception = Assert.Throws<QueryParseException>(() =>
            BrandQueryMatcher.Compile([new BrandQuerySource(Brand("x", "X"), "x AND (y")]));
        Assert.Equal("x", exception.BrandId);
        Assert.Equal(8, exception.Error.Position);
    }

    [Fact]
    public void Long_posts_use_pooled_buffers_and_still_match()
    {
        var text = string.Concat(Enumerable.Repeat("rien à voir ici ", 200)) + "colis vraiment perdu";
        Assert.Single(Match(One("colis NEAR/1 perdu"), text));
    }

    [Fact]
    public void Learned_look_alikes_are_excluded_by_the_rule()
    {
        var matcher = BrandQueryMatcher.Compile([new BrandQuerySource(Brand("apple", "Apple", ["AppleSupport"]))]);
        Assert.Single(Match(matcher, "apple pie recipe with cinnamon"));

        var learned = matcher.LearnNotAboutUs("apple", "Best apple pie recipe, with cinnamon!");
        Assert.Equal(["best", "pie", "recipe", "cinnamon"], learned);

        // Two distinct learned terms exclude; one term seen in a single flagged post does not.
        Assert.Empty(Match(matcher, "apple pie recipe"));
        Assert.Single(Match(matcher, "my apple watch is the best"));
        Assert.Single(Match(matcher, "apple support is down again"));

        // Seen in two flagged posts, one term is enough.
        matcher.LearnNotAboutUs("apple", "apple crumble recipe");
        Assert.Equal(2, matcher.LearnedExclusionsOf("apple")["recipe"]);
        Assert.Empty(Match(matcher, "apple recipe ideas"));
        Assert.Empty(Match(matcher, "apple crumble recipe"));
    }

    [Fact]
    public void Learned_exclusions_survive_recompilation_and_never_learn_query_words()
    {
        const string query = "orange AND (mobile OR forfait OR réseau*)";
        var matcher = BrandQueryMatcher.Compile([new BrandQuerySource(Brand("orange", "Orange"), query)]);
        var learned = matcher.LearnNotAboutUs("orange", "Orange mobile jus pressé réseaux sociaux");
        Assert.Equal(["jus", "presse", "sociaux"], learned);

        var recompiled = BrandQueryMatcher.Compile(
            [new BrandQuerySource(Brand("orange", "Orange"), query, matcher.LearnedExclusionsOf("orange"))]);
        Assert.Empty(Match(recompiled, "orange mobile jus pressé"));
        Assert.Single(Match(recompiled, "orange mobile jus"));
        Assert.Throws<ArgumentException>(() => recompiled.LearnNotAboutUs("nobody", "x"));
    }
}
