using System.Globalization;
using CsvHelper;

namespace Streams.Client.Twcs;

/// <summary>Reads the Customer Support on Twitter CSV (RFC 4180 quoting: commas, doubled quotes and newlines inside quotes).</summary>
public static class TwcsReader
{
    public static readonly string[] Columns =
        ["tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id", "in_response_to_tweet_id"];

    /// <summary>True when <paramref name="firstLine"/> is the TWCS header.</summary>
    public static bool IsTwcsHeader(string? firstLine) =>
        firstLine is not null && firstLine.TrimStart('\uFEFF').StartsWith("tweet_id,author_id,inbound,created_at", StringComparison.Ordinal);

    public static IReadOnlyList<TwcsRow> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader).ToList();
    }

    public static IEnumerable<TwcsRow> Read(TextReader reader)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = false,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        csv.ReadHeader();
        var indexes = new int[Columns.Length];
        for (int column = 0; column < Columns.Length; column++)
        {
            if (!csv.TryGetFieldIndex(Columns[column], out indexes[column]))
            {
                throw new FormatException($"Not a TWCS file: the header lacks the column '{Columns[column]}' (expected {string.Join(',', Columns)}).");
            }
        }
        while (csv.Read())
        {
            yield return ReadRow(csv, indexes);
        }
    }

    private static TwcsRow ReadRow(CsvReader csv, int[] indexes)
    {
        long line = csv.LineNumber;
        string createdAtText = csv.GetString(indexes[3]);
        if (!TwcsConverter.TryParseCreatedAt(createdAtText, out var createdAt))
        {
            throw new FormatException($"Line {line}: created_at '{createdAtText}' is not in the form 'Tue Oct 31 22:10:47 +0000 2017'.");
        }
        return new TwcsRow(
            line,
            csv.GetString(indexes[0]),
            csv.GetString(indexes[1]),
            string.Equals(csv.GetString(indexes[2]), "True", StringComparison.OrdinalIgnoreCase),
            createdAt,
            csv.GetString(indexes[4]),
            NullIfEmpty(csv.GetString(indexes[5])),
            NullIfEmpty(NormalizeId(csv.GetString(indexes[6]))));
    }

    // Exports of this set that went through a dataframe write ids as floats ("3.0").
    private static string NormalizeId(string id) => id.EndsWith(".0", StringComparison.Ordinal) ? id[..^2] : id;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
