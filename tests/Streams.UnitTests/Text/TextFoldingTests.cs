using Streams.Domain.Text;
using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>Folding is table-driven for speed; the tables must agree with the Unicode definition they cache.</summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Résilier", "resilier")]
    [InlineData("DÉÇU", "decu")]
    [InlineData("Œuvre", "ouvre")]
    [InlineData("Straße", "strase")]
    [InlineData("ΑΒΓ", "αβγ")] // Beyond the accent table: lower-cased only.
    [InlineData("C’est… 😡", "c’est… 😡")]
    public void Folds_case_and_accents(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Fact]
    public void Every_character_outside_the_accent_table_is_only_lower_cased()
    {
        for (var c = (char)0x250; c < char.MaxValue; c++)
        {
            if (char.ToLowerInvariant(c) != TextFolding.Fold(c))
            {
                Assert.Fail($"U+{(int)c:X4} folds to U+{(int)TextFolding.Fold(c):X4}, not to its lower case U+{(int)char.ToLowerInvariant(c):X4}.");
            }
        }
    }
}
