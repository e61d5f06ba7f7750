using System.Reflection;
using System.Text.Json;

namespace Streams.Domain.Text;

/// <summary>Reads the lexicon files embedded in this assembly (see Lexicons/README.md). Runs once per process.</summary>
internal static class LexiconResources
{
    private const string Prefix = "Streams.Domain.Text.Lexicons.";

    /// <summary>VADER lexicon rows: token and mean valence (-4..+4). Other columns are ignored.</summary>
    public static List<(string Token, float Valence)> ReadVader()
    {
        var rows = new List<(string, float)>(7600);
        foreach (var line in ReadLines("vader_lexicon.txt"))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && float.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var valence))
            {
                rows.Add((parts[0], valence));
            }
        }
        return rows;
    }

    /// <summary>VADER emoji rows: the emoji and its English description.</summary>
    public static List<(string Emoji, string Description)> ReadEmoji()
    {
        var rows = new List<(string, string)>(3600);
        foreach (var line in ReadLines("vader_emoji_utf8_lexicon.txt"))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                rows.Add((line[..tab], line[(tab + 1)..]));
            }
        }
        return rows;
    }

    /// <summary>French stem polarities (-1..+1).</summary>
    public static Dictionary<string, float> ReadFrenchStems()
    {
        using var stream = Open("pattern_fr_stems.json");
        return JsonSerializer.Deserialize<Dictionary<string, float>>(stream)
            ?? throw new InvalidDataException("pattern_fr_stems.json is empty.");
    }

    /// <summary>The trained sentiment model (Models/sentiment.bin), or null when the build carries none.</summary>
    public static SentimentModel? ReadSentimentModel()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Streams.Domain.Text.Models.sentiment.bin");
        return stream is null ? null : SentimentModel.Load(stream);
    }

    private static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
        ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
}
