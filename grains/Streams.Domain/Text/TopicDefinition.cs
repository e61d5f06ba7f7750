namespace Streams.Domain.Text;

/// <summary>
/// One topic of a taxonomy and the English and French rules that detect it. A rule is a word or a phrase, folded
/// like everything else (case and accents ignored), matched as whole words; a single word may end with '*' to match
/// every word starting with it ("rembours*").
/// </summary>
public sealed record TopicDefinition(string Id, IReadOnlyList<string> English, IReadOnlyList<string> French);
