using System.Globalization;
using System.Text.Json;

namespace Streams.Client.Escalations;

/// <summary>An escalation as the silo reports it, read leniently (missing fields become empty).</summary>
public sealed record EscalationView(
    string Id,
    string BrandId,
    string PostId,
    string AuthorId,
    string Severity,
    double Score,
    IReadOnlyList<string> Reasons,
    string Status,
    DateTimeOffset? RaisedAt,
    DateTimeOffset? ResolvedAt)
{
    public static EscalationView FromJson(JsonElement element)
    {
        var reasons = new List<string>();
        if (element.TryGetProperty("reasons", out var reasonsElement) && reasonsElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var reason in reasonsElement.EnumerateArray())
            {
                reasons.Add(reason.ToString());
            }
        }
        return new EscalationView(
            Text(element, "id"),
            Text(element, "brandId"),
            Text(element, "postId"),
            Text(element, "authorId"),
            Text(element, "severity"),
            element.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : 0,
            reasons,
            Text(element, "status"),
            Time(element, "raisedAt"),
            Time(element, "resolvedAt"));
    }

    public static EscalationView Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    /// <summary>The one-line form used by <c>escalations --follow</c>.</summary>
    public string ToFollowLine() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{RaisedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-",-19}  {Severity,-8}  {BrandId,-16}  post {PostId}  score {Score:0.00}  {string.Join("; ", Reasons)}");

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : "";

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var time)
            ? time
            : null;
}
