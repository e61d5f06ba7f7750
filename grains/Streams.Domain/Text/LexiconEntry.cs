namespace Streams.Domain.Text;

/// <summary>
/// Everything the analyzer knows about one folded word, found with a single dictionary look-up:
/// its own polarity (VADER scale, -4..+4), how much it intensifies the next word (negative for
/// dampeners such as "barely"), and its <see cref="WordRole"/>.
/// </summary>
internal readonly record struct LexiconEntry(float Valence, float Boost, WordRole Roles);
