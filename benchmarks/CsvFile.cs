using System.Text;

namespace Streams.Benchmarks;

/// <summary>Enough RFC 4180 for the shared data: quoted fields, doubled quotes, line breaks inside quotes.</summary>
internal static class CsvFile
{
    public static IEnumerable<string[]> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else
                {
                    quoted = false;
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return [.. fields];
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
