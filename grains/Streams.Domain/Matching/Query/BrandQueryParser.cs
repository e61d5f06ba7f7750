using System.Globalization;
using Streams.Abstractions.Events;

namespace Streams.Domain.Matching.Query;

/// <summary>
/// Parses the boolean query language of social listening tools into a <see cref="QueryNode"/> tree.
/// </summary>
/// <remarks>
/// <para>Grammar, loosest binding first: <c>OR</c>, then <c>AND</c> (also implied between two operands), then
/// <c>NEAR/n</c> and <c>ONEAR/n</c>, then <c>NOT</c> (also written <c>-</c> before an operand: <c>-jus</c>).
/// Operators are upper case; "and", "or", "not" in lower case are plain words. Brandwatch's <c>"a b"~n</c> is
/// refused with a pointer to NEAR/n rather than read as the word "n". Operands: words (several words joined by punctuation, like <c>t-mobile</c>, are a phrase),
/// <c>"exact phrases"</c>, trailing wildcards <c>rembours*</c> (a stem of at least four letters), <c>#hashtags</c>,
/// <c>@handles</c>, parentheses and field filters <c>lang:fr</c>, <c>region:FR</c>, <c>platform:forum</c>,
/// <c>author:name</c>, <c>followers:&gt;1000</c> (also <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>) and
/// <c>verified:true</c>.</para>
/// <para>A query that could match a post containing none of its words (<c>NOT spam</c>, <c>lang:fr</c> alone) is
/// refused: the multi-brand evaluator only looks at queries whose words occurred, and a listening query with no
/// words would match the whole firehose anyway.</para>
/// </remarks>
public static class BrandQueryParser
{
    private const string OperandExpected = "a word, \"phrase\", wildcard, #hashtag, @handle, field filter or '('";

    /// <summary>Parses or throws <see cref="QueryParseException"/>.</summary>
    public static QueryNode Parse(string query)
    {
        if (!TryParse(query, out var node, out var error))
        {
            throw new QueryParseException(error!);
        }
        return node!;
    }

    /// <summary>Parses; on failure returns false with the position and what was expected.</summary>
    public static bool TryParse(string? query, out QueryNode? node, out QueryParseError? error)
    {
        node = null;
        error = null;
        try
        {
            node = new Parser(query ?? string.Empty).ParseAll();
            return true;
        }
        catch (QueryParseException e)
        {
            error = e.Error;
            return false;
        }
    }

    /// <summary>The error of an invalid query, or null when it is valid: the check to run when a brand is written.</summary>
    public static QueryParseError? Validate(string? query) => TryParse(query, out _, out var error) ? null : error;

    private sealed class Parser(string text)
    {
        private readonly List<QueryToken> _tokens = [];
        private int _next;
        private int _operands;

        public QueryNode ParseAll()
        {
            if (text.Length > QueryLimits.MaxLength)
            {
                Fail(QueryLimits.MaxLength, $"at most {QueryLimits.MaxLength} characters");
            }
            Tokenize();
            if (_tokens.Count == 0)
            {
                Fail(0, OperandExpected);
            }
            var node = ParseOr();
            if (_next < _tokens.Count)
            {
                var token = _tokens[_next];
                Fail(token.Position, token.Kind == QueryTokenKind.Close ? "an operator or the end of the query (unbalanced ')')" : "an operator or the end of the query");
            }
            if (QueryTruth.CanHoldWithoutText(node))
            {
                Fail(0, "a word, phrase, hashtag or handle that the query requires (it would match posts containing none of its words)");
            }
            return node;
        }

        private QueryNode ParseOr()
        {
            var first = ParseAnd();
            List<QueryNode>? operands = null;
            while (Peek(QueryTokenKind.Or))
            {
                var or = _tokens[_next++];
                RequireOperandAfter(or, "OR");
                (operands ??= [first]).Add(ParseAnd());
            }
            return operands is null ? first : new QueryOr(first.Position, operands);
        }

        private QueryNode ParseAnd()
        {
            var first = ParseNear();
            List<QueryNode>? operands = null;
            while (_next < _tokens.Count)
            {
                if (Peek(QueryTokenKind.And))
                {
                    RequireOperandAfter(_tokens[_next++], "AND");
                }
                else if (!StartsOperand(_tokens[_next].Kind))
                {
                    break;
                }
                (operands ??= [first]).Add(ParseNear());
            }
            return operands is null ? first : new QueryAnd(first.Position, operands);
        }

        private QueryNode ParseNear()
        {
            var left = ParseUnary();
            while (Peek(QueryTokenKind.Near))
            {
                var near = _tokens[_next++];
                RequireOperandAfter(near, near.Ordered ? "ONEAR" : "NEAR");
                var right = ParseUnary();
                RequirePositional(left, near);
                RequirePositional(right, near);
                left = new QueryNear(left.Position, left, right, near.Distance, near.Ordered);
            }
            return left;
        }

        private QueryNode ParseUnary()
        {
            if (Peek(QueryTokenKind.Not))
            {
                var not = _tokens[_next++];
                RequireOperandAfter(not, not.Text);
                return new QueryNot(not.Position, ParseUnary());
            }
            return ParsePrimary();
        }

        private QueryNode ParsePrimary()
        {
            if (_next >= _tokens.Count)
            {
                Fail(text.Length, OperandExpected);
            }
            var token = _tokens[_next++];
            switch (token.Kind)
            {
                case QueryTokenKind.Open:
                    if (Peek(QueryTokenKind.Close))
                    {
                        Fail(_tokens[_next].Position, OperandExpected + " inside the parentheses");
                    }
                    var inner = ParseOr();
                    if (!Peek(QueryTokenKind.Close))
                    {
                        Fail(_next < _tokens.Count ? _tokens[_next].Position : text.Length, $"')' to close the '(' at position {token.Position}");
                    }
                    _next++;
                    return inner;
                case QueryTokenKind.Phrase:
                    CountOperand(token);
                    var words = MatchText.Words(token.Text);
                    if (words.Length == 0)
                    {
                        Fail(token.Position, "a phrase with at least one letter or digit");
                    }
                    return new QueryWords(token.Position, words, false);
                case QueryTokenKind.Word:
                    CountOperand(token);
                    return ParseWord(token);
                default:
                    Fail(token.Position, OperandExpected);
                    return null!;
            }
        }

        private QueryNode ParseWord(QueryToken token)
        {
            var raw = token.Text;
            if (raw[0] == '#')
            {
                var body = raw.AsSpan(1);
                var folded = new char[body.Length];
                var length = MatchText.FoldCompact(body, folded);
                if (length == 0 || !IsAll(body, MatchText.IsHashtagChar))
                {
                    Fail(token.Position + 1, "a hashtag made of letters, digits and '_'");
                }
                return new QueryHashtag(token.Position, new string(folded, 0, length));
            }
            if (raw[0] == '@')
            {
                var handle = raw[1..];
                if (handle.Length == 0 || !IsAll(handle, MatchText.IsHandleChar))
                {
                    Fail(token.Position + 1, "a handle made of letters, digits, '_' and '.'");
                }
                return new QueryHandle(token.Position, handle.ToLowerInvariant());
            }
            var colon = raw.IndexOf(':');
            if (colon > 0 && IsAll(raw.AsSpan(0, colon), char.IsAsciiLetter))
            {
                return ParseField(token, raw[..colon], raw[(colon + 1)..]);
            }
            var star = raw.IndexOf('*');
            if (star >= 0)
            {
                if (star != raw.Length - 1)
                {
                    Fail(token.Position + star, "'*' only at the end of a word");
                }
                var stem = MatchText.Words(raw[..star]);
                if (stem.Length != 1 || stem[0].Length < QueryLimits.MinWildcardStem || !char.IsLetterOrDigit(raw[star - 1]))
                {
                    Fail(token.Position, $"a wildcard stem of at least {QueryLimits.MinWildcardStem} letters or digits, in one word, before '*'");
                }
                return new QueryWords(token.Position, stem, true);
            }
            var words = MatchText.Words(raw);
            if (words.Length == 0)
            {
                Fail(token.Position, OperandExpected);
            }
            return new QueryWords(token.Position, words, false);
        }

        private QueryField ParseField(QueryToken token, string name, string value)
        {
            var valueAt = token.Position + name.Length + 1;
            if (value.Length == 0)
            {
                Fail(valueAt, $"a value after '{name}:'");
            }
            switch (name.ToLowerInvariant())
            {
                case "lang":
                    if (value.Length is < 2 or > 3 || !IsAll(value, char.IsAsciiLetter))
                    {
                        Fail(valueAt, "a language code of 2 or 3 letters (lang:fr)");
                    }
                    return new QueryField(token.Position, QueryFieldKind.Lang, QueryComparison.Equal, value.ToLowerInvariant(), 0);
                case "region":
                    if (value.Length > 8 || !IsAll(value, char.IsAsciiLetterOrDigit))
                    {
                        Fail(valueAt, "a region code of letters and digits (region:FR)");
                    }
                    return new QueryField(token.Position, QueryFieldKind.Region, QueryComparison.Equal, value.ToUpperInvariant(), 0);
                case "platform":
                    if (!PlatformNames.TryParse(value, out var platform))
                    {
                        Fail(valueAt, "a platform: " + string.Join(", ", PlatformNames.All));
                    }
                    return new QueryField(token.Position, QueryFieldKind.Platform, QueryComparison.Equal, PlatformNames.ToWire(platform), (long)platform);
                case "author":
                    var handle = value.StartsWith('@') ? value[1..] : value;
                    if (handle.Length == 0 || !IsAll(handle, MatchText.IsHandleChar))
                    {
                        Fail(valueAt, "an author handle made of letters, digits, '_' and '.'");
                    }
                    return new QueryField(token.Position, QueryFieldKind.Author, QueryComparison.Equal, handle.ToLowerInvariant(), 0);
                case "verified":
                    if (!bool.TryParse(value, out var verified))
                    {
                        Fail(valueAt, "true or false");
                    }
                    return new QueryField(token.Position, QueryFieldKind.Verified, QueryComparison.Equal, verified ? "true" : "false", verified ? 1 : 0);
                case "followers":
                    var (comparison, skip) = value switch
                    {
                        _ when value.StartsWith(">=", StringComparison.Ordinal) => (QueryComparison.GreaterOrEqual, 2),
                        _ when value.StartsWith("<=", StringComparison.Ordinal) => (QueryComparison.LessOrEqual, 2),
                        _ when value.StartsWith('>') => (QueryComparison.Greater, 1),
                        _ when value.StartsWith('<') => (QueryComparison.Less, 1),
                        _ when value.StartsWith('=') => (QueryComparison.Equal, 1),
                        _ => (QueryComparison.Equal, 0),
                    };
                    if (!long.TryParse(value.AsSpan(skip), NumberStyles.None, CultureInfo.InvariantCulture, out var followers))
                    {
                        Fail(valueAt + skip, "a follower count: a whole number after an optional >, <, >=, <= or =");
                    }
                    return new QueryField(token.Position, QueryFieldKind.Followers, comparison, followers.ToString(CultureInfo.InvariantCulture), followers);
                default:
                    Fail(token.Position, "a field among lang, region, platform, author, followers, verified");
                    return null!;
            }
        }

        private void Tokenize()
        {
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (c == '(')
                {
                    _tokens.Add(new QueryToken(QueryTokenKind.Open, i, "("));
                    i++;
                    continue;
                }
                if (c == ')')
                {
                    _tokens.Add(new QueryToken(QueryTokenKind.Close, i, ")"));
                    i++;
                    continue;
                }
                if (c == '-' && IsTokenStart(i) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '-')
                {
                    // "-jus" excludes, as in the other listening tools and search engines; read as the word "jus" it
                    // would require it instead. A hyphen inside a word ("t-mobile") is not at a token start.
                    _tokens.Add(new QueryToken(QueryTokenKind.Not, i, "-"));
                    i++;
                    continue;
                }
                if (c == '~')
                {
                    // Brandwatch's "a b"~n proximity: read as a word, "~3" would silently require the word "3".
                    Fail(i, "NEAR/n or ONEAR/n for proximity (\"a\" NEAR/3 \"b\"), not '~'");
                }
                if (c is '"' or '\u201C' or '\u201D')
                {
                    var close = text.AsSpan(i + 1).IndexOfAny('"', '\u201C', '\u201D');
                    if (close < 0)
                    {
                        Fail(text.Length, $"'\"' to close the phrase opened at position {i}");
                    }
                    _tokens.Add(new QueryToken(QueryTokenKind.Phrase, i, text.Substring(i + 1, close)));
                    i += close + 2;
                    continue;
                }
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' and not '"' and not '\u201C' and not '\u201D')
                {
                    i++;
                }
                _tokens.Add(Classify(text[start..i], start));
            }
        }

        /// <summary>At the start of the query, or after a space or '(': where a '-' means NOT rather than a hyphen.</summary>
        private bool IsTokenStart(int i) => i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(';

        private static QueryToken Classify(string word, int position)
        {
            switch (word)
            {
                case "AND" or "&&":
                    return new QueryToken(QueryTokenKind.And, position, word);
                case "OR" or "||":
                    return new QueryToken(QueryTokenKind.Or, position, word);
                case "NOT":
                    return new QueryToken(QueryTokenKind.Not, position, word);
            }
            var ordered = word.StartsWith("ONEAR", StringComparison.Ordinal);
            if (ordered || word.StartsWith("NEAR", StringComparison.Ordinal))
            {
                var rest = word.AsSpan(ordered ? 5 : 4);
                if (rest.IsEmpty || rest[0] != '/')
                {
                    if (rest.IsEmpty)
                    {
                        Fail(position + word.Length, $"'/n' after {(ordered ? "ONEAR" : "NEAR")} (a distance of 1 to {QueryLimits.MaxNearDistance} words)");
                    }
                    return new QueryToken(QueryTokenKind.Word, position, word);
                }
                var distanceAt = position + word.Length - rest.Length + 1;
                if (!int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var distance)
                    || distance is < 0 or > QueryLimits.MaxNearDistance)
                {
                    Fail(distanceAt, $"a distance from 0 to {QueryLimits.MaxNearDistance} words");
                }
                return new QueryToken(QueryTokenKind.Near, position, word) { Distance = distance, Ordered = ordered };
            }
            return new QueryToken(QueryTokenKind.Word, position, word);
        }

        private void CountOperand(QueryToken token)
        {
            if (++_operands > QueryLimits.MaxOperands)
            {
                Fail(token.Position, $"at most {QueryLimits.MaxOperands} operands (words, phrases, hashtags, handles, filters)");
            }
        }

        private void RequireOperandAfter(QueryToken operatorToken, string name)
        {
            if (_next >= _tokens.Count || !StartsOperand(_tokens[_next].Kind))
            {
                Fail(_next < _tokens.Count ? _tokens[_next].Position : text.Length, $"{OperandExpected} after {name} at position {operatorToken.Position}");
            }
        }

        private static void RequirePositional(QueryNode node, QueryToken near)
        {
            if (!IsPositional(node))
            {
                Fail(node.Position, $"words, phrases, wildcards or an OR of them on both sides of the {(near.Ordered ? "ONEAR" : "NEAR")} at position {near.Position}");
            }
        }

        private static bool IsPositional(QueryNode node) => node switch
        {
            QueryWords => true,
            QueryOr or => or.Operands.All(IsPositional),
            _ => false,
        };

        private static bool StartsOperand(QueryTokenKind kind) => kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Open or QueryTokenKind.Not;

        private bool Peek(QueryTokenKind kind) => _next < _tokens.Count && _tokens[_next].Kind == kind;

        private static bool IsAll(ReadOnlySpan<char> value, Func<char, bool> test)
        {
            foreach (var c in value)
            {
                if (!test(c))
                {
                    return false;
                }
            }
            return true;
        }

        private static void Fail(int position, string expected) => throw new QueryParseException(new QueryParseError(position, expected));
    }
}
