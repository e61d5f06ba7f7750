using System.Text.Json.Serialization;

namespace Streams.Domain.Partitioning;

/// <summary>
/// Source-generated System.Text.Json metadata for partition checkpoints: no reflection on the
/// checkpoint path. Enums are written by name so a reordered enum cannot be misread; nulls are left
/// out (most posts
/// are neither replies nor quotes and have nothing published).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    Converters = [typeof(UtcTicksConverter), typeof(EngagementLogConverter)])]
[JsonSerializable(typeof(PartitionEngineSnapshot))]
public sealed partial class PartitionSnapshotJsonContext : JsonSerializerContext;
