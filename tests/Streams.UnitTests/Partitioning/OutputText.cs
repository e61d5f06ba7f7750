using System.Text.Json;
using Streams.Domain.Partitioning;

namespace Streams.UnitTests.Partitioning;

/// <summary>
/// Everything a flush or a post view carries, as JSON text: two engines behave the same when these
/// texts are equal. Doubles are written exactly and times with their kind, so equal text means equal
/// values; collections keep their order, which must match too.
/// </summary>
internal static class OutputText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Of(PartitionFlush flush) => JsonSerializer.Serialize(
        new
        {
            Brands = flush.Brands.Select(b => new { b.Key, Update = b.Value.Build() }),
            Customers = flush.Customers.Select(c => new { c.Key, c.Value.Author, c.Value.MentionedBrands, Update = c.Value.Build() }),
            flush.Signals,
            flush.Forwards,
            flush.Escalations,
            flush.Notable,
            flush.Events,
        },
        Options);

    public static string Of(object? value) => JsonSerializer.Serialize(value, Options);
}
