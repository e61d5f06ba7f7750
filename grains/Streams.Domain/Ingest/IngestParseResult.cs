using Streams.Abstractions.Events;

namespace Streams.Domain.Ingest;

/// <summary>What one NDJSON body turned into.</summary>
public sealed class IngestParseResult
{
    /// <summary>Valid events, in line order.</summary>
    public List<MentionEvent> Accepted { get; } = [];

    /// <summary>Lines that were refused, in line order. Blank lines are neither accepted nor rejected.</summary>
    public List<LineRejection> Rejected { get; } = [];

    /// <summary>Lines seen, including blank ones; a final line without '\n' counts.</summary>
    public int LineCount { get; internal set; }

    /// <summary>
    /// The body exceeded <see cref="IngestLimits.MaxBodyBytes"/>. Reading stopped there and both lists were
    /// cleared: the caller answers 413 and accepts nothing, so a client never has half a batch applied.
    /// </summary>
    public bool BodyTooLarge { get; internal set; }
}
