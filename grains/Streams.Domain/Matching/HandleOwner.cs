using Streams.Abstractions.Events;

namespace Streams.Domain.Matching;

/// <summary>One brand account: on which platform (Unknown = all) and whose.</summary>
internal readonly record struct HandleOwner(Platform Platform, int BrandIndex);
