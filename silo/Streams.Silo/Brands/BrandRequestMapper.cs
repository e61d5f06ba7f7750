using System.Text.Json;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching;

namespace Streams.Silo.Brands;

/// <summary>Turns a brand request into a validated <see cref="BrandConfig"/>, or the list of what is wrong with it.</summary>
public static class BrandRequestMapper
{
    public const int DefaultResponseTargetMinutes = 60;

    public static BrandConfig? TryMap(BrandRequest request, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Id))
        {
            problems.Add("missing field 'id'");
        }
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            problems.Add("missing field 'name'");
        }
        var handles = new List<BrandHandle>();
        for (var i = 0; i < (request.Handles?.Length ?? 0); i++)
        {
            var handle = ParseHandle(request.Handles![i], $"handles[{i}]", problems);
            if (handle is not null)
            {
                handles.Add(handle);
            }
        }
        var defaults = EscalationSettings.Default;
        var e = request.Escalation;
        var escalation = new EscalationSettings(
            e?.Threshold ?? defaults.Threshold,
            e?.Severity3 ?? defaults.Severity3,
            e?.Severity2 ?? defaults.Severity2,
            e?.Severity1 ?? defaults.Severity1,
            e?.NegativeSentiment ?? defaults.NegativeSentiment,
            e?.MinReshares ?? defaults.MinReshares);
        // No query is fine: the brand is matched on its handles, name and aliases.
        if (!string.IsNullOrWhiteSpace(request.Query) && Domain.Matching.Query.BrandQueryParser.Validate(request.Query) is { } queryError)
        {
            problems.Add($"query {queryError.Message}");
        }
        var topics = new List<BrandTopic>();
        for (var i = 0; i < (request.Topics?.Length ?? 0); i++)
        {
            var topic = request.Topics![i];
            var english = (topic.En ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).ToArray();
            var french = (topic.Fr ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).ToArray();
            if (string.IsNullOrWhiteSpace(topic.Id))
            {
                problems.Add($"'topics[{i}].id' must be a non-empty string");
            }
            else if (english.Length + french.Length == 0)
            {
                problems.Add($"'topics[{i}]' needs at least one word in 'en' or 'fr'");
            }
            else
            {
                topics.Add(new BrandTopic(topic.Id.Trim(), english, french));
            }
        }
        if (request.ReplaceTopics == true && topics.Count == 0)
        {
            problems.Add("'replaceTopics' needs 'topics'");
        }
        if (problems.Count > 0)
        {
            errors = problems;
            return null;
        }
        var brand = new BrandConfig(
            request.Id!.Trim(),
            request.Name!.Trim(),
            handles,
            (request.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToArray(),
            (request.Languages ?? []).Select(l => l.Trim().ToLowerInvariant()).ToArray(),
            request.ResponseTargetMinutes ?? DefaultResponseTargetMinutes,
            escalation,
            string.IsNullOrWhiteSpace(request.Query) ? null : request.Query.Trim(),
            topics.Count > 0 ? topics : null,
            request.ReplaceTopics == true);
        errors = BrandConfigValidator.Validate(brand);
        return errors.Count == 0 ? brand : null;
    }

    private static BrandHandle? ParseHandle(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return new BrandHandle(Platform.Unknown, element.GetString()!.Trim().TrimStart('@'));
            case JsonValueKind.Object:
                var handle = element.TryGetProperty("handle", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                if (string.IsNullOrWhiteSpace(handle))
                {
                    problems.Add($"'{path}.handle' must be a non-empty string");
                    return null;
                }
                var platform = Platform.Unknown;
                if (element.TryGetProperty("platform", out var p) && p.ValueKind != JsonValueKind.Null
                    && (p.ValueKind != JsonValueKind.String || !PlatformNames.TryParse(p.GetString(), out platform)))
                {
                    problems.Add($"'{path}.platform' must be one of {string.Join(", ", PlatformNames.All)}");
                    return null;
                }
                return new BrandHandle(platform, handle.Trim().TrimStart('@'));
            default:
                problems.Add($"'{path}' must be a string or an object {{\"platform\",\"handle\"}}");
                return null;
        }
    }
}
