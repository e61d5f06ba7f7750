using System.Text.Json;
using System.Text.RegularExpressions;

namespace Streams.Silo.Api;

/// <summary>
/// Words a <see cref="JsonException"/> from binding a request body for the caller: where (the JSON path, line and byte)
/// and what (a syntax error, or the type the field expects), without .NET type names.
/// </summary>
public static partial class JsonBodyError
{
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var where = $"line {(exception.LineNumber ?? 0) + 1}, byte {exception.BytePositionInLine ?? 0}";
        var path = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? null : exception.Path;
        if (ConvertedTo().Match(exception.Message) is { Success: true } conversion)
        {
            return $"field '{path ?? "$"}' ({where}) must be {Expected(exception.InnerException?.Message, conversion.Groups[1].Value)}";
        }
        // A syntax error: the reader's own words are clear ("'}' is invalid after a property name"); its position
        // suffix is replaced with ours.
        var reason = Before(Before(exception.InnerException?.Message ?? exception.Message, " LineNumber:"), " Path:");
        return path is null ? $"malformed JSON at {where}: {reason}" : $"malformed JSON at {where}, in '{path}': {reason}";
    }

    /// <summary>The message up to <paramref name="marker"/> (the reader's own position suffix), without trailing separators.</summary>
    private static string Before(string message, string marker)
    {
        var cut = message.IndexOf(marker, StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '|', '.');
    }

    /// <summary>
    /// What the field takes. The reader's inner message names the JSON kind it wanted ("as a number"); the outer one
    /// names the .NET type, which for a record's constructor parameter is the record itself, so it comes second.
    /// </summary>
    private static string Expected(string? readerMessage, string dotnetType)
    {
        if (readerMessage is not null)
        {
            if (readerMessage.Contains("out of bounds for", StringComparison.Ordinal))
            {
                return readerMessage.Contains("Int", StringComparison.Ordinal) ? "a whole number in range" : "a number in range";
            }
            if (readerMessage.Contains("as a number", StringComparison.Ordinal))
            {
                return "a number";
            }
            if (readerMessage.Contains("as a boolean", StringComparison.Ordinal))
            {
                return "true or false";
            }
            if (readerMessage.Contains("as a string", StringComparison.Ordinal))
            {
                return "a string";
            }
            if (readerMessage.Contains("DateTime", StringComparison.Ordinal))
            {
                return "an ISO-8601 time such as \"2026-11-22T10:00:00Z\"";
            }
        }
        return dotnetType switch
        {
            "System.String" => "a string",
            _ when dotnetType.EndsWith("[]", StringComparison.Ordinal) => "an array",
            // No reader message: the value was not even the right kind of token for one of the API's objects.
            _ when string.IsNullOrEmpty(readerMessage) && !dotnetType.StartsWith("System.", StringComparison.Ordinal) => "an object",
            _ => "of another type (the OpenAPI document at /openapi/v1.json gives each field's)",
        };
    }

    [GeneratedRegex(@"could not be converted to (\S+?)\. Path")]
    private static partial Regex ConvertedTo();
}
