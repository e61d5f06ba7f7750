using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>
/// The Bloom filter in front of the lexicon look-ups: it may let an unknown word through to the dictionary, but it
/// must never turn a known word away, or a lexicon word would silently stop counting.
/// </summary>
public sealed class WordFilterTests
{
    [Fact]
    public void Every_added_word_may_be_contained()
    {
        var words = Words("w", 10_000);
        var filter = new WordFilter(words);

        Assert.All(words, word => Assert.True(filter.MayContain(WordHash.Of(word)), word));
    }

    [Fact]
    public void Few_other_words_get_through()
    {
        var filter = new WordFilter(Words("known", 10_000));

        var passed = Words("other", 100_000).Count(word => filter.MayContain(WordHash.Of(word)));

        // Sized for about 1.4% false positives; a filter that answered "maybe" to everything would fail here.
        Assert.InRange(passed, 0, 3_000);
    }

    [Fact]
    public void An_empty_filter_contains_nothing()
    {
        var filter = new WordFilter([]);

        Assert.False(filter.MayContain(WordHash.Of("retard")));
    }

    [Fact]
    public void Prefix_hashes_are_the_hashes_of_the_prefixes()
    {
        const string word = "remboursement";
        Span<uint> prefixes = stackalloc uint[word.Length + 1];

        var whole = WordHash.OfPrefixes(word, prefixes);

        Assert.Equal(WordHash.Of(word), whole);
        for (var k = 0; k <= word.Length; k++)
        {
            Assert.Equal(WordHash.Of(word.AsSpan(0, k)), prefixes[k]);
        }
    }

    [Theory]
    [InlineData("abominable", Language.French)] // The stem "abomin" once "able" is stripped.
    [InlineData("agressive", Language.French)] // "agress" + "ive".
    [InlineData("atroces", Language.French)] // "atroc" + "es".
    [InlineData("aimable", Language.French)] // "aimabl" + "e".
    [InlineData("terrible", Language.English)]
    public void Lexicon_words_behind_the_filter_still_score(string word, Language language)
    {
        Assert.NotEqual(0, SentimentAnalyzer.Shared.LexiconScore(word, language));
    }

    private static string[] Words(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => $"{prefix}{i * 7919 % 1_000_003}").ToArray();
}
