using System.Text;

namespace Streams.Client.Cli;

/// <summary>A plain fixed-width table for terminal output.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = new();

    public int RowCount => _rows.Count;

    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>A free-text cell on one line, cut to <paramref name="width"/> characters with an ellipsis.</summary>
    public static string Clip(string text, int width)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= width ? flat : flat[..(width - 1)] + "…";
    }

    public override string ToString()
    {
        var widths = headers.Select(header => header.Length).ToArray();
        foreach (var row in _rows)
        {
            for (int i = 0; i < widths.Length && i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }
        var text = new StringBuilder();
        AppendRow(text, headers, widths);
        AppendRow(text, widths.Select(width => new string('-', width)).ToArray(), widths);
        foreach (var row in _rows)
        {
            AppendRow(text, row, widths);
        }
        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (int i = 0; i < widths.Length; i++)
        {
            string cell = i < cells.Length ? cells[i] : "";
            text.Append(i == widths.Length - 1 ? cell : cell.PadRight(widths[i] + 2));
        }
        text.AppendLine();
    }
}
