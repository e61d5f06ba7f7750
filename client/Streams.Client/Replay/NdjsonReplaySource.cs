using System.Text;

namespace Streams.Client.Replay;

/// <summary>Reads an NDJSON file line by line; blank lines are skipped but still counted for line numbers.</summary>
public static class NdjsonReplaySource
{
    public static IEnumerable<ReplayRecord> Read(TextReader reader)
    {
        long lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var bytes = Encoding.UTF8.GetBytes(line);
            DateTime? createdAt = CreatedAtExtractor.TryRead(bytes, out var value) ? value : null;
            yield return new ReplayRecord(lineNumber, createdAt, bytes);
        }
    }
}
