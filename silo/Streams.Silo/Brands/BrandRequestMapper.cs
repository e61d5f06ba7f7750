using System.Text.Json;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching;

namespace Streams.Silo.Brands;

/// <summary>Turns a brand request into a validated <see cref="BrandConfig"/>, or the list of what is wrong with it.</summary>
public static class BrandRequestMapper
{
    public const int DefaultResponseTargetMinutes = 60;

    /// <summary>The most brands one batch request may register.</summary>
    public const int MaxBatch = 10_000;

    /// <summary>
    /// Validates a batch all or nothing: the brands when every one is valid and their ids are distinct, otherwise null
    /// and every problem, each prefixed with the brand's position (<c>brands[3]: missing field 'name'</c>).
    /// </summary>
    public static IReadOnlyList<BrandConfig>? TryMapAll(IReadOnlyList<BrandRequest?> requests, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        if (requests.Count == 0)
        {
            problems.Add("the batch is empty: send a JSON array of brand objects");
        }
        if (requests.Count > MaxBatch)
        {
            problems.Add($"the batch holds {requests.Count:N0} brands; at most {MaxBatch:N0} per request");
        }
        var brands = new List<BrandConfig>(requests.Count);
        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < requests.Count && problems.Count < MaxBatchErrors; i++)
        {
            if (requests[i] is not { } request)
            {
                problems.Add($"brands[{i}]: null instead of a brand object");
                continue;
            }
            if (TryMap(request, out var itemErrors) is not { } brand)
            {
                problems.AddRange(itemErrors.Select(error => $"brands[{i}]: {error}"));
                continue;
            }
            if (!firstAt.TryAdd(brand.Id, i))
            {
                problems.Add($"brands[{i}]: id '{brand.Id}' is already at brands[{firstAt[brand.Id]}]");
                continue;
            }
            brands.Add(brand);
        }
        errors = problems;
        return problems.Count == 0 ? brands : null;
    }

    // A batch of thousands of bad brands answers with the first problems, not megabytes of them.
    private const int MaxBatchErrors = 100;

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
            if (request.Topics![i] is not { } topic)
            {
                problems.Add($"'topics[{i}]' is null instead of a topic object {{\"id\",\"en\",\"fr\"}}");
                continue;
            }
            var english = (topic.En ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).ToArray();
            var french = (topic.Fr ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).ToArray();
            if (string.IsNullOrWhiteSpace(topic.Id))
            {
                problems.Add($"'topics[{i}].id' must be a non-empty string");
            }
            else if (!BrandConfigValidator.IsValidId(topic.Id.Trim()))
            {
                // Topic ids are keys in the API's counts and in dashboards' URLs: "late-flight", not "Late Flight!".
                problems.Add($"'topics[{i}].id' '{topic.Id}' must start with a letter or digit and contain only letters, digits, '-', '_' or '.', 64 characters at most");
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
        // A null in a list of names is a client bug worth naming, not a value to drop quietly.
        RequireStrings(request.Aliases, "aliases", problems);
        RequireStrings(request.Languages, "languages", problems);
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
            (request.Aliases ?? []).Select(a => a.Trim()).ToArray(),
            (request.Languages ?? []).Select(l => l.Trim().ToLowerInvariant()).ToArray(),
            request.ResponseTargetMinutes ?? DefaultResponseTargetMinutes,
            escalation,
            string.IsNullOrWhiteSpace(request.Query) ? null : request.Query.Trim(),
            topics.Count > 0 ? topics : null,
            request.ReplaceTopics == true);
        errors = BrandConfigValidator.Validate(brand);
        return errors.Count == 0 ? brand : null;
    }

    private static void RequireStrings(string?[]? values, string field, List<string> problems)
    {
        for (var i = 0; i < (values?.Length ?? 0); i++)
        {
            if (values![i] is null)
            {
                problems.Add($"'{field}[{i}]' is null instead of a string");
            }
        }
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
