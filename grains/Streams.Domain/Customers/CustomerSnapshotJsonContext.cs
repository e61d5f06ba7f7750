using System.Text.Json.Serialization;
using Streams.Domain.Partitioning;

namespace Streams.Domain.Customers;

/// <summary>
/// Source-generated System.Text.Json metadata for <see cref="CustomerSnapshotCodec"/>: no reflection when
/// a customer goes dormant or wakes. Times are ticks (exact, short), nulls are left out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    RespectNullableAnnotations = true,
    Converters = [typeof(UtcTicksConverter)])]
[JsonSerializable(typeof(CustomerAggregateSnapshot))]
public sealed partial class CustomerSnapshotJsonContext : JsonSerializerContext;
