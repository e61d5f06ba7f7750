using Streams.Abstractions.Brands;

namespace Streams.Domain.Matching.Query;

/// <summary>
/// One brand to compile: its configuration, its optional query (null or blank: the default handle, name, alias and
/// hashtag rules of <see cref="BrandMatcher"/>) and the not-about-us context terms learned so far (term to the number
/// of flagged posts that contained it), as returned by <see cref="BrandQueryMatcher.LearnedExclusionsOf"/>.
/// </summary>
public sealed record BrandQuerySource(BrandConfig Brand, string? Query = null, IReadOnlyDictionary<string, int>? LearnedExclusions = null);
