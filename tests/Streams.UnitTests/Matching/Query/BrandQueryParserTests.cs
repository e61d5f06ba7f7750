using Streams.Domain.Matching.Query;
using Xunit;

namespace Streams.UnitTests.Matching.Query;

public sealed class BrandQueryParserTests
{
    [Fact]
    public void Or_binds_looser_than_and_and_near_tighter()
    {
        var node = BrandQueryParser.Parse("a AND b OR c NEAR/2 d");
        var or = Assert.IsType<QueryOr>(node);
        Assert.Equal(2, or.Operands.Count);
        Assert.IsType<QueryAnd>(or.Operands[0]);
        var near = Assert.IsType<QueryNear>(or.Operands[1]);
        Assert.Equal(2, near.Distance);
        Assert.False(near.Ordered);
    }

    [Fact]
    public void Juxtaposed_operands_are_an_and()
    {
        var and = Assert.IsType<QueryAnd>(BrandQueryParser.Parse("orange (mobile OR forfait)"));
        Assert.IsType<QueryOr>(and.Operands[1]);
    }

    [Fact]
    public void Operands_are_folded_and_classified()
    {
        var and = Assert.IsType<QueryAnd>(BrandQueryParser.Parse("Résilier \"Service Client\" Rembours* #AirFrance @SNCF t-mobile"));
        Assert.Equal(["resilier"], ((QueryWords)and.Operands[0]).Words);
        Assert.Equal(["service", "client"], ((QueryWords)and.Operands[1]).Words);
        Assert.True(((QueryWords)and.Operands[2]).IsPrefix);
        Assert.Equal(["rembours"], ((QueryWords)and.Operands[2]).Words);
        Assert.Equal("airfrance", ((QueryHashtag)and.Operands[3]).Tag);
        Assert.Equal("sncf", ((QueryHandle)and.Operands[4]).Handle);
        Assert.Equal(["t", "mobile"], ((QueryWords)and.Operands[5]).Words);
    }

    [Theory]
    [InlineData("lang:FR", QueryFieldKind.Lang, QueryComparison.Equal, "fr")]
    [InlineData("region:fr", QueryFieldKind.Region, QueryComparison.Equal, "FR")]
    [InlineData("platform:forum", QueryFieldKind.Platform, QueryComparison.Equal, "forum")]
    [InlineData("author:@Jane_Doe", QueryFieldKind.Author, QueryComparison.Equal, "jane_doe")]
    [InlineData("followers:>1000", QueryFieldKind.Followers, QueryComparison.Greater, "1000")]
    [InlineData("followers:>=5", QueryFieldKind.Followers, QueryComparison.GreaterOrEqual, "5")]
    [InlineData("followers:<=5", QueryFieldKind.Followers, QueryComparison.LessOrEqual, "5")]
    [InlineData("followers:<5", QueryFieldKind.Followers, QueryComparison.Less, "5")]
    [InlineData("followers:=5", QueryFieldKind.Followers, QueryComparison.Equal, "5")]
    [InlineData("verified:true", QueryFieldKind.Verified, QueryComparison.Equal, "true")]
    public void Field_filters_parse(string filter, QueryFieldKind kind, QueryComparison comparison, string value)
    {
        var and = Assert.IsType<QueryAnd>(BrandQueryParser.Parse("acme " + filter));
        var field = Assert.IsType<QueryField>(and.Operands[1]);
        Assert.Equal(kind, field.Field);
        Assert.Equal(comparison, field.Comparison);
        Assert.Equal(value, field.Value);
    }

    [Theory]
    [InlineData("", 0, "a word")]
    [InlineData("orange AND", 10, "after AND at position 7")]
    [InlineData("(orange OR free", 15, "')' to close the '(' at position 0")]
    [InlineData("orange)", 6, "unbalanced ')'")]
    [InlineData("\"service client", 15, "'\"' to close the phrase opened at position 0")]
    [InlineData("rem*", 0, "at least 4 letters")]
    [InlineData("rem*bours", 3, "'*' only at the end")]
    [InlineData("a NEAR/11 b", 7, "distance from 0 to 10")]
    [InlineData("a NEAR b", 6, "'/n' after NEAR")]
    [InlineData("a NEAR/2 lang:fr", 9, "on both sides of the NEAR at position 2")]
    [InlineData("acme platform:myspace", 14, "a platform: ")]
    [InlineData("acme followers:>many", 16, "a follower count")]
    [InlineData("acme colour:red", 5, "a field among")]
    [InlineData("acme verified:yes", 14, "true or false")]
    [InlineData("NOT spam", 0, "that the query requires")]
    [InlineData("lang:fr OR acme", 0, "that the query requires")]
    [InlineData("\"acme corp\"~3", 11, "NEAR/n or ONEAR/n for proximity")]
    [InlineData("acme ~corp", 5, "NEAR/n or ONEAR/n for proximity")]
    [InlineData("acme -", 5, "a word")]
    [InlineData("acme AND -", 9, "a word")]
    [InlineData("(acme -)", 7, "after - at position 6")]
    [InlineData("-spam", 0, "that the query requires")]
    public void Errors_name_the_position_and_what_was_expected(string query, int position, string expected)
    {
        var error = BrandQueryParser.Validate(query);
        Assert.NotNull(error);
        Assert.Equal(position, error.Position);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_filters_and_not_are_fine_next_to_a_required_word()
    {
        Assert.Null(BrandQueryParser.Validate("orange AND NOT jus AND lang:fr AND NOT platform:news"));
    }

    [Fact]
    public void Limits_from_the_field_are_enforced()
    {
        var fifty = string.Join(" OR ", Enumerable.Range(0, 50).Select(i => $"w{i}"));
        Assert.Null(BrandQueryParser.Validate(fifty));
        var error = BrandQueryParser.Validate(fifty + " OR w50");
        Assert.NotNull(error);
        Assert.Contains("at most 50 operands", error.Expected, StringComparison.Ordinal);
        Assert.Equal(fifty.Length + 4, error.Position);

        var tooLong = "acme " + new string('x', QueryLimits.MaxLength);
        Assert.Equal(QueryLimits.MaxLength, BrandQueryParser.Validate(tooLong)!.Position);
    }

    [Fact]
    public void Parse_throws_with_the_error()
    {
        var exception = Assert.Throws<QueryParseException>(() => BrandQueryParser.Parse("a OR"));
        Assert.Equal(4, exception.Error.Position);
        Assert.Contains("at position 4", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_minus_excludes_like_not_and_a_hyphen_inside_a_word_does_not()
    {
        var and = Assert.IsType<QueryAnd>(BrandQueryParser.Parse("orange -jus -(fruit OR pressée) t-mobile"));
        Assert.Equal(["jus"], ((QueryWords)Assert.IsType<QueryNot>(and.Operands[1]).Operand).Words);
        Assert.IsType<QueryOr>(Assert.IsType<QueryNot>(and.Operands[2]).Operand);
        Assert.Equal(["t", "mobile"], ((QueryWords)and.Operands[3]).Words);
        Assert.IsType<QueryNot>(Assert.IsType<QueryAnd>(BrandQueryParser.Parse("orange -\"jus d'orange\"")).Operands[1]);
    }

    [Fact]
    public void Lower_case_operators_are_words()
    {
        var and = Assert.IsType<QueryAnd>(BrandQueryParser.Parse("rock and roll"));
        Assert.Equal(3, and.Operands.Count);
    }
}
