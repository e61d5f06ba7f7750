using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>One labelled post; <see cref="Reason"/> is the airline set's negativereason when there is one.</summary>
internal sealed record LabelledPost(string Text, int Label, Language Language, string? Reason);
