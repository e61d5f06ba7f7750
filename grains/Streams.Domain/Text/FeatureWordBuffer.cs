using System.Runtime.CompilerServices;

namespace Streams.Domain.Text;

/// <summary>
/// The folded word <see cref="SentimentFeatures.Extract"/> builds, as a fixed-size local rather than a stackalloc: a
/// method with both a loop and a stackalloc cannot be tiered (no on-stack replacement), so the JIT compiled it once,
/// fully optimised but without the profile-guided layout every other hot method here gets.
/// </summary>
[InlineArray(SentimentFeatures.MaxWordLength)]
internal struct FeatureWordBuffer
{
    private char first;
}
