using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching;
using Xunit;

namespace Streams.UnitTests.Matching;

public sealed class BrandConfigValidatorTests
{
    private static readonly BrandConfig Valid = new(
        "air-france.fr_1", "Air France", [new BrandHandle(Platform.Twitter, "AirFranceFR"), new BrandHandle(Platform.Unknown, "@af.help")],
        ["AF", "Société Générale"], ["fr"], 60, EscalationSettings.Default);

    [Fact]
    public void Valid_brand_has_no_problems() => Assert.Empty(BrandConfigValidator.Validate(Valid));

    [Theory]
    [InlineData("", "id is empty")]
    [InlineData("  ", "id is empty")]
    [InlineData("-leading", "id '-leading' must start")]
    [InlineData("with space", "id 'with space' must start")]
    [InlineData("é", "id 'é' must start")]
    [InlineData("trailing\n", "must start")]
    public void Bad_ids_are_reported(string id, string expected)
    {
        var problem = Assert.Single(BrandConfigValidator.Validate(Valid with { Id = id }));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_length_is_limited_to_64()
    {
        Assert.Empty(BrandConfigValidator.Validate(Valid with { Id = new string('a', 64) }));
        Assert.Single(BrandConfigValidator.Validate(Valid with { Id = new string('a', 65) }));
    }

    [Theory]
    [InlineData("", "name is empty")]
    [InlineData("---", "name '---' has no letter or digit to match on")]
    public void Bad_names_are_reported(string name, string expected) =>
        Assert.Equal([expected], BrandConfigValidator.Validate(Valid with { Name = name }));

    [Fact]
    public void Handles_and_aliases_that_match_nothing_are_reported()
    {
        var problems = BrandConfigValidator.Validate(Valid with
        {
            Handles = [new BrandHandle(Platform.Twitter, "@"), new BrandHandle(Platform.Twitter, "air france")],
            Aliases = ["ok", "!!", ""],
        });
        Assert.Equal(
        [
            "a handle is empty",
            "handle 'air france' may only contain letters A-Z, digits, '_' and '.'",
            "alias '!!' has no letter or digit to match on",
            "alias '' has no letter or digit to match on",
        ], problems);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10_080, true)]
    [InlineData(10_081, false)]
    [InlineData(-5, false)]
    public void Response_target_must_be_between_a_minute_and_a_week(int minutes, bool valid)
    {
        var problems = BrandConfigValidator.Validate(Valid with { ResponseTargetMinutes = minutes });
        if (valid)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.StartsWith("responseTargetMinutes must be between 1 and 10080", Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(25, 40, 60, 80, true)]
    [InlineData(0, 1, 2, 100, true)]
    [InlineData(40, 40, 60, 80, false)]
    [InlineData(25, 60, 40, 80, false)]
    [InlineData(25, 40, 80, 80, false)]
    [InlineData(25, 40, 60, 101, false)]
    [InlineData(-1, 40, 60, 80, false)]
    [InlineData(double.NaN, 40, 60, 80, false)]
    public void Escalation_thresholds_must_increase(double threshold, double s3, double s2, double s1, bool valid)
    {
        var problems = BrandConfigValidator.Validate(Valid with
        {
            Escalation = EscalationSettings.Default with { Threshold = threshold, Severity3 = s3, Severity2 = s2, Severity1 = s1 },
        });
        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            Assert.StartsWith("escalation thresholds", Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(-0.05, true)]
    [InlineData(0.1, false)]
    [InlineData(-1.5, false)]
    [InlineData(double.NaN, false)]
    public void Negative_sentiment_must_be_between_minus_one_and_zero(double value, bool valid)
    {
        var problems = BrandConfigValidator.Validate(Valid with { Escalation = EscalationSettings.Default with { NegativeSentiment = value } });
        Assert.Equal(valid, problems.Count == 0);
    }

    [Fact]
    public void Min_reshares_must_not_be_negative()
    {
        Assert.Empty(BrandConfigValidator.Validate(Valid with { Escalation = EscalationSettings.Default with { MinReshares = 0 } }));
        Assert.Equal(["escalation.minReshares must not be negative (got -1)"],
            BrandConfigValidator.Validate(Valid with { Escalation = EscalationSettings.Default with { MinReshares = -1 } }));
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("fr-CA", true)]
    [InlineData("pt-BR", true)]
    [InlineData("zh-Hant", true)]
    [InlineData("fra", true)]
    [InlineData("klingon", false)]
    [InlineData("english", false)]
    [InlineData("e", false)]
    [InlineData("en_", false)]
    [InlineData("", false)]
    public void Languages_must_be_language_codes(string language, bool valid)
    {
        var problems = BrandConfigValidator.Validate(Valid with { Languages = ["en", language] });
        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            Assert.Equal($"language '{language}' is not a language code such as 'en', 'fr' or 'pt-BR'", Assert.Single(problems));
        }
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var problems = BrandConfigValidator.Validate(new BrandConfig("", "", [], [], [], 0,
            new EscalationSettings(Threshold: 90, NegativeSentiment: 1, MinReshares: -2)));
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void Missing_lists_from_a_careless_deserializer_are_reported()
    {
        var problems = BrandConfigValidator.Validate(Valid with { Handles = null!, Aliases = null!, Escalation = null! });
        Assert.Equal(3, problems.Count);
    }
}
