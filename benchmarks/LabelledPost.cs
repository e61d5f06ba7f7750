using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>
/// One labelled post; <see cref="Reason"/> is the airline set's negativereason when there is one, <see cref="Brand"/>
/// and <see cref="Created"/> the airline it was aimed at and when it was posted (airline set only).
/// </summary>
internal sealed record LabelledPost(string Text, int Label, Language Language, string? Reason, string? Brand = null, DateTimeOffset? Created = null);
