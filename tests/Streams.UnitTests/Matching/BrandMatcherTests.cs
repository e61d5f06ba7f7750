using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching;
using Xunit;

namespace Streams.UnitTests.Matching;

public sealed class BrandMatcherTests
{
    internal static BrandConfig Brand(string id, string name, string[]? aliases = null, params BrandHandle[] handles) =>
        new(id, name, handles, aliases ?? [], ["fr", "en"], 60, EscalationSettings.Default);

    private static readonly BrandMatcher Matcher = BrandMatcher.Compile(
    [
        Brand("airfrance", "Air France", ["AF"], new BrandHandle(Platform.Twitter, "AirFranceFR"), new BrandHandle(Platform.Unknown, "AirFrance")),
        Brand("orange", "Orange", null, new BrandHandle(Platform.Twitter, "Orange_conseil")),
        Brand("socgen", "Société Générale", ["SocGen"], new BrandHandle(Platform.Unknown, "SG_etvous")),
        Brand("sncf", "SNCF", ["SNCF Voyageurs", "TGV inOui"]),
    ]);

    private static List<string> Match(string text, BrandMatcher? matcher = null)
    {
        var ids = new List<string>();
        (matcher ?? Matcher).Match(text, ids);
        return ids;
    }

    [Theory]
    [InlineData("Merci @AirFranceFR, super vol")]
    [InlineData("@AirFranceFR")]
    [InlineData("@airfrancefr où est ma valise ?")]
    [InlineData("cc @AIRFRANCEFR!")]
    [InlineData("Still waiting, @AirFranceFR.")]
    [InlineData("(@AirFrance)")]
    [InlineData("#AirFranceFR")]
    public void Handle_mentions_match(string text) => Assert.Equal(["airfrance"], Match(text));

    [Theory]
    [InlineData("@AirFranceFRx")]
    [InlineData("@AirFranceFR_bis")]
    [InlineData("write to contact@AirFranceFR please")]
    [InlineData("#AirFranceFRx")]
    public void Handle_must_match_whole(string text) => Assert.Empty(Match(text));

    [Fact]
    public void Handles_with_underscores_and_dots_match()
    {
        Assert.Equal(["orange"], Match("@orange_conseil ma box ne marche plus"));
        var matcher = BrandMatcher.Compile([Brand("x", "Desert Corp", null, new BrandHandle(Platform.Instagram, "zzyzx.official"))]);
        Assert.Equal(["x"], Match("love @zzyzx.official.", matcher));
        Assert.Empty(Match("love @zzyzx.officially", matcher));
    }

    [Theory]
    [InlineData("Société Générale a bloqué ma carte")]
    [InlineData("societe generale a bloqué ma carte")]
    [InlineData("SOCIÉTÉ GÉNÉRALE")]
    [InlineData("Socie\u0301te\u0301 Ge\u0301ne\u0301rale")]
    [InlineData("chez société-générale hier")]
    [InlineData("socgen encore en panne")]
    [InlineData("#SocieteGenerale")]
    [InlineData("#SociétéGénérale")]
    [InlineData("@SG_etvous")]
    public void Names_match_case_and_accent_insensitively(string text) => Assert.Equal(["socgen"], Match(text));

    [Theory]
    [InlineData("flying air-france today")]
    [InlineData("Air  France")]
    [InlineData("AIR FRANCE")]
    [InlineData("air_france")]
    [InlineData("Air\nFrance")]
    [InlineData("air ... france")]
    [InlineData("Vol annulé par Air France.")]
    [InlineData("#AirFrance")]
    [InlineData("#airfrance")]
    [InlineData("#air_france")]
    [InlineData("AF again")]
    public void Multi_word_names_match_across_separators(string text) => Assert.Equal(["airfrance"], Match(text));

    [Theory]
    [InlineData("Air Franceville")]
    [InlineData("Fair France")]
    [InlineData("air on the France coast")]
    [InlineData("Air")]
    [InlineData("air")]
    [InlineData("France")]
    [InlineData("airfrance")]
    [InlineData("x#airfrance")]
    [InlineData("AFP reports")]
    public void Multi_word_names_need_every_word(string text) => Assert.Empty(Match(text));

    [Theory]
    [InlineData("Orange's network is down", true)]
    [InlineData("orange", true)]
    [InlineData("ORANGE.", true)]
    [InlineData("chez Orange: panne", true)]
    [InlineData("#Orange", true)]
    [InlineData("#orange", true)]
    [InlineData("@Orange", true)]
    [InlineData("orangé", true)]
    [InlineData("orangeade", false)]
    [InlineData("myorange", false)]
    [InlineData("oranges", false)]
    [InlineData("#OrangeJuice", false)]
    [InlineData("or ange", false)]
    public void Single_words_match_on_word_boundaries(string text, bool matches)
    {
        Assert.Equal(matches ? ["orange"] : [], Match(text));
    }

    [Fact]
    public void Several_brands_come_back_in_registration_order_once_each()
    {
        Assert.Equal(["airfrance", "orange", "sncf"], Match("SNCF en grève, Orange en panne, @AirFranceFR aussi. Air France, #orange, sncf!"));
    }

    [Fact]
    public void Multi_word_alias_matches()
    {
        Assert.Equal(["sncf"], Match("merci TGV INOUI pour le retard"));
        Assert.Equal(["sncf"], Match("#tgvinoui"));
        Assert.Empty(Match("TGV en retard"));
    }

    [Fact]
    public void Ids_are_appended_to_what_is_already_in_the_list()
    {
        var ids = new List<string> { "earlier" };
        Matcher.Match("Orange", ids);
        Assert.Equal(["earlier", "orange"], ids);
    }

    [Fact]
    public void Text_without_brands_matches_nothing()
    {
        Assert.Empty(Match(""));
        Assert.Empty(Match("Nothing to see here, just a #hashtag and @someone 😀"));
        Assert.Empty(Match("@ # @@ ## #_ @."));
    }

    [Fact]
    public void Long_texts_match_too()
    {
        var text = string.Concat(Enumerable.Repeat("bla bla ", 2000)) + " Air France " + string.Concat(Enumerable.Repeat("é ", 500)) + "@Orange_conseil";
        Assert.Equal(["airfrance", "orange"], Match(text));
    }

    [Fact]
    public void Brands_sharing_a_name_both_match()
    {
        var matcher = BrandMatcher.Compile([Brand("a", "Apex"), Brand("b", "Apex Bank", ["Apex"])]);
        Assert.Equal(["a", "b"], Match("apex down", matcher));
        Assert.Equal(["a", "b"], Match("Apex Bank down", matcher));
    }

    [Fact]
    public void Names_that_fold_to_nothing_are_ignored()
    {
        var matcher = BrandMatcher.Compile([Brand("a", "!!!", ["", "  ", "---"], new BrandHandle(Platform.Unknown, "@"), new BrandHandle(Platform.Unknown, "bad handle"))]);
        Assert.Equal(1, matcher.BrandCount);
        Assert.Empty(Match("!!! --- @ bad handle", matcher));
    }

    [Fact]
    public void Handles_stored_with_an_at_sign_still_match()
    {
        var matcher = BrandMatcher.Compile([Brand("a", "Zork", null, new BrandHandle(Platform.Twitter, "@ZorkHelp"))]);
        Assert.Equal(["a"], Match("hey @zorkhelp", matcher));
        Assert.True(matcher.TryGetOwner(Platform.Twitter, "ZorkHelp", out _));
    }

    [Fact]
    public void Empty_matcher_matches_nothing()
    {
        var matcher = BrandMatcher.Compile([]);
        Assert.Equal(0, matcher.BrandCount);
        Assert.Empty(Match("Air France Orange @x #y", matcher));
        Assert.False(matcher.TryGetOwner(Platform.Twitter, "x", out _));
    }

    [Fact]
    public void Duplicate_brand_ids_are_refused()
    {
        Assert.Throws<ArgumentException>(() => BrandMatcher.Compile([Brand("a", "One"), Brand("a", "Two")]));
    }

    [Theory]
    [InlineData(Platform.Twitter, "AirFranceFR", "airfrance")]
    [InlineData(Platform.Twitter, "@airfrancefr", "airfrance")]
    [InlineData(Platform.Facebook, "AirFrance", "airfrance")]
    [InlineData(Platform.Instagram, "@AIRFRANCE", "airfrance")]
    [InlineData(Platform.Unknown, "AirFranceFR", "airfrance")]
    [InlineData(Platform.Twitter, "orange_conseil", "orange")]
    [InlineData(Platform.Reddit, "SG_etvous", "socgen")]
    [InlineData(Platform.Facebook, "AirFranceFR", null)]
    [InlineData(Platform.Facebook, "orange_conseil", null)]
    [InlineData(Platform.Twitter, "jane", null)]
    [InlineData(Platform.Twitter, "AirFranceFRx", null)]
    [InlineData(Platform.Twitter, "", null)]
    [InlineData(Platform.Twitter, "@", null)]
    [InlineData(Platform.Twitter, null, null)]
    public void Owner_lookup_respects_the_platform(Platform platform, string? handle, string? expected)
    {
        var found = Matcher.TryGetOwner(platform, handle, out var brandId);
        Assert.Equal(expected is not null, found);
        Assert.Equal(expected, brandId);
    }

    [Fact]
    public void Owner_on_the_exact_platform_wins_over_an_every_platform_handle()
    {
        var matcher = BrandMatcher.Compile(
        [
            Brand("generic", "Generic", null, new BrandHandle(Platform.Unknown, "help")),
            Brand("specific", "Specific", null, new BrandHandle(Platform.Twitter, "help")),
        ]);
        Assert.True(matcher.TryGetOwner(Platform.Twitter, "help", out var onTwitter));
        Assert.Equal("specific", onTwitter);
        Assert.True(matcher.TryGetOwner(Platform.Facebook, "help", out var onFacebook));
        Assert.Equal("generic", onFacebook);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void Thousands_of_brands_match_exactly_the_ones_mentioned(int count)
    {
        var matcher = BrandMatcher.Compile(ManyBrands(count));
        Assert.Equal(count, matcher.BrandCount);

        Assert.Equal(["b0007", "b0042", $"b{count - 1:D4}"],
            Match($"Quantum Widget 42 broke, @Help{count - 1} said ask #Nova7Labs", matcher));
        Assert.Equal(["b0013"], Match("w13 w13 W13 quantum widget 13", matcher));
        Assert.Empty(Match("quantum widget nova labs help widget 4200 w 13 @Help #Quantum", matcher));

        var everyOther = Enumerable.Range(0, count).Where(i => i % 2 == 0).ToList();
        var text = string.Join(" / ", everyOther.Select(i => (i % 3) switch { 0 => $"Quantum Widget {i}", 1 => $"@help{i}", _ => $"w{i}" }));
        Assert.Equal(everyOther.Select(i => $"b{i:D4}"), Match(text, matcher));
    }

    [Fact]
    public void Concurrent_matching_gives_the_same_results()
    {
        var matcher = BrandMatcher.Compile(ManyBrands(1_000));
        var random = new Random(7);
        var posts = Enumerable.Range(0, 2_000).Select(_ => string.Join(' ', Enumerable.Range(0, 6).Select(_ => random.Next(5) switch
        {
            0 => $"Quantum Widget {random.Next(1000)}",
            1 => $"@Help{random.Next(1000)},",
            2 => $"#nova{random.Next(1000)}labs",
            3 => $"w{random.Next(1000)}",
            _ => "pas content du tout",
        }))).ToArray();
        var expected = posts.Select(p => Match(p, matcher)).ToArray();

        var actual = new List<string>[posts.Length];
        Parallel.For(0, posts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var index = i % posts.Length;
            var ids = new List<string>();
            matcher.Match(posts[index], ids);
            if (i >= posts.Length * 3)
            {
                actual[index] = ids;
            }
            else if (!ids.SequenceEqual(expected[index]))
            {
                throw new InvalidOperationException($"post {index} gave a different result");
            }
        });

        for (var i = 0; i < posts.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
        Assert.Contains(expected, e => e.Count >= 3);
    }

    internal static IEnumerable<BrandConfig> ManyBrands(int count) => Enumerable.Range(0, count).Select(i => Brand(
        $"b{i:D4}",
        $"Quantum Widget {i}",
        [$"W{i}", $"Nova {i} Labs", $"Zeta Çorp {i}"],
        new BrandHandle(Platform.Twitter, $"Help{i}"), new BrandHandle(Platform.Unknown, $"brand_{i}")));
}
