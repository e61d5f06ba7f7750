using System.Text.Json;
using Streams.Client.Cli;
using Xunit;

namespace Streams.UnitTests.Client;

public sealed class BrandCommandOutputTests
{
    [Theory]
    [InlineData("""{"platform":null,"handle":"AcmeCare"}""", "@AcmeCare")]
    [InlineData("""{"platform":"twitter","handle":"AcmeCare"}""", "twitter:@AcmeCare")]
    [InlineData("\"@AcmeCare\"", "@AcmeCare")]
    [InlineData("\"AcmeCare\"", "@AcmeCare")]
    public void Handles_print_with_their_platform_only_when_they_have_one(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(expected, BrandsCommand.FormatHandle(document.RootElement));
    }

    [Fact]
    public void A_backtest_prints_its_counts_its_samples_and_its_notes()
    {
        using var document = JsonDocument.Parse("""
            {"brandId":"zeste","registered":true,"scanned":12000,"matched":105,"matchedLive":852,"added":3,"dropped":750,
             "oldest":"2026-11-22T10:00:00Z","newest":"2026-11-22T12:00:00Z",
             "addedSamples":[{"postId":"p9","createdAt":"2026-11-22T11:59:00Z","authorHandle":"jane","platform":"twitter","language":"french","text":"la fibre zeste\nen panne"}],
             "droppedSamples":[],"notes":["kept posts have no region"]}
            """);
        var output = new StringWriter();

        BrandBacktestCommand.Print(document.RootElement, output);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.Equal("zeste: 12,000 posts from 2026-11-22 10:00:00Z to 2026-11-22 12:00:00Z", lines[0]);
        Assert.Equal("the draft takes 105; the live brand took 852; +3 added, -750 dropped", lines[1]);
        var row = Assert.Single(lines, l => l.StartsWith("p9 ", StringComparison.Ordinal));
        Assert.Contains("2026-11-22 11:59:00Z", row, StringComparison.Ordinal);
        Assert.Contains("@jane", row, StringComparison.Ordinal);
        Assert.EndsWith("la fibre zeste en panne", row, StringComparison.Ordinal); // One line, however the text breaks.
        Assert.DoesNotContain(lines, l => l.StartsWith("DROPPED", StringComparison.Ordinal));
        Assert.Equal("note: kept posts have no region", lines[^2]);
    }
}
