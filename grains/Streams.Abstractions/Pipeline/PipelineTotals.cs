namespace Streams.Abstractions.Pipeline;

/// <summary>Cluster-wide counts: events accepted by ingest, and events fully applied to grain state.</summary>
[GenerateSerializer, Immutable]
public sealed record PipelineTotals(
    [property: Id(0)] long Accepted,
    [property: Id(1)] long Processed,
    [property: Id(2)] int Silos);
