using Xunit;

namespace Streams.UnitTests.Text;

/// <summary>Locates the shared real-data folder beside the repository (../shared/data from the root holding Streams.sln).</summary>
internal static class TextTestData
{
    public static string PathOf(params string[] parts) => SharedDataFiles.PathTo(parts);

    public static string[] ReadLines(params string[] parts) => File.ReadAllLines(PathOf(parts));

    /// <summary>One of the labelled splits: text lines and labels (0 negative, 1 neutral, 2 positive).</summary>
    public static (string[] Texts, int[] Labels) ReadSplit(string language, string name)
    {
        var texts = ReadLines("sentiment", language, name + "_text.txt");
        var labels = Array.ConvertAll(ReadLines("sentiment", language, name + "_labels.txt"), int.Parse);
        Assert.Equal(texts.Length, labels.Length);
        return (texts, labels);
    }

    /// <summary>The thresholds VADER's authors recommend, also used for the published airline figures.</summary>
    public static int ToLabel(double score) => score <= -0.05 ? 0 : score >= 0.05 ? 2 : 1;
}
