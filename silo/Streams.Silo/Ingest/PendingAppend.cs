using Streams.Abstractions.Events;

namespace Streams.Silo.Ingest;

/// <summary>One ingest request waiting for the next log append.</summary>
internal sealed class PendingAppend(IReadOnlyList<MentionEvent> events)
{
    public IReadOnlyList<MentionEvent> Events { get; } = events;

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
