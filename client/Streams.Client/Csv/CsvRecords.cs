using CsvHelper;

namespace Streams.Client.Csv;

/// <summary>
/// Every record of a CSV file (the header row included) as string arrays, RFC 4180 quoting handled by
/// CsvHelper. For the shared data sets read by tests and evaluation commands.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<string[]> Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { Separator = ',', HasHeader = false, TrimWhitespace = false }, leaveOpen: true);
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }
            yield return fields;
        }
    }
}
