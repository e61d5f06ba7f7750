using System.Globalization;
using System.Text.RegularExpressions;
using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>The real labelled sets under ../shared/data (next to the repository root); labels 0 negative, 1 neutral, 2 positive.</summary>
internal static partial class LabelledData
{
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Streams.sln")))
            {
                directory = directory.Parent;
            }
            if (directory is not null)
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository: no Streams.sln found above the current directory.");
    }

    public static string DataPath(params string[] parts) => Path.Combine([RepositoryRoot(), "..", "shared", "data", .. parts]);

    /// <summary>A SemEval or DEFT split, with the literal "\u2019" escapes of those files decoded.</summary>
    public static List<LabelledPost> Split(string language, string name, Language scoredAs)
    {
        var texts = File.ReadAllLines(DataPath("sentiment", language, name + "_text.txt"));
        var labels = File.ReadAllLines(DataPath("sentiment", language, name + "_labels.txt"));
        return [.. texts.Select((t, i) => new LabelledPost(Unescape(t), int.Parse(labels[i], CultureInfo.InvariantCulture), scoredAs, null))];
    }

    /// <summary>
    /// airline_tweets.csv, repeats of a tweet_id dropped: the held-out English check, never trained or tuned on.
    /// Each post carries its airline and tweet_created, so it can be replayed per airline in the order it arrived.
    /// </summary>
    public static List<LabelledPost> Airline()
    {
        var rows = Streams.Client.Csv.CsvRecords.Read(DataPath("sentiment", "en", "airline_tweets.csv")).ToList();
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name);
        var id = Column("tweet_id");
        var sentiment = Column("airline_sentiment");
        var reason = Column("negativereason");
        var text = Column("text");
        var airline = Column("airline");
        var created = Column("tweet_created");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var posts = new List<LabelledPost>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Length <= text || !seen.Add(row[id]))
            {
                continue;
            }
            var label = row[sentiment] switch { "negative" => 0, "neutral" => 1, "positive" => 2, _ => -1 };
            if (label >= 0)
            {
                posts.Add(new LabelledPost(
                    row[text], label, Language.English, string.IsNullOrWhiteSpace(row[reason]) ? null : row[reason],
                    row[airline], DateTimeOffset.ParseExact(row[created], "yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
            }
        }
        return posts;
    }

    private static string Unescape(string line) =>
        EscapedChar().Replace(line, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex EscapedChar();
}
