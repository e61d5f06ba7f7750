using System.Runtime.CompilerServices;

namespace Streams.Domain.Text;

/// <summary>
/// Room for a candidate phrase, folded and space-joined, as a fixed-size local rather than a stackalloc so that the
/// method using it can be tiered with a profile (see <see cref="FeatureWordBuffer"/>).
/// </summary>
[InlineArray(LanguageVocabulary.MaxPhraseChars)]
internal struct PhraseBuffer
{
    private char first;
}
