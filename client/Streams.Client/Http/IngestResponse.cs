using System.Text.Json;

namespace Streams.Client.Http;

/// <summary>The answer of POST /api/ingest.</summary>
public sealed record IngestResponse(long Accepted, IReadOnlyList<IngestRejection> Rejected)
{
    public static IngestResponse Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        long accepted = root.TryGetProperty("accepted", out var acceptedElement) && acceptedElement.ValueKind == JsonValueKind.Number
            ? acceptedElement.GetInt64()
            : 0;
        var rejected = new List<IngestRejection>();
        if (root.TryGetProperty("rejected", out var rejectedElement) && rejectedElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in rejectedElement.EnumerateArray())
            {
                int line = item.TryGetProperty("line", out var lineElement) && lineElement.ValueKind == JsonValueKind.Number
                    ? lineElement.GetInt32()
                    : 0;
                string error = item.TryGetProperty("error", out var errorElement) ? errorElement.ToString() : "";
                rejected.Add(new IngestRejection(line, error));
            }
        }
        return new IngestResponse(accepted, rejected);
    }
}
