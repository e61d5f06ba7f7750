namespace Streams.Domain.Text;

/// <summary>
/// What the lexicon and its rules read in a post: the compound score in [-1, 1] (below about -0.05 negative, above
/// about 0.05 positive) and the <see cref="SentimentCues"/> the model's probabilities are held to.
/// </summary>
/// <param name="Compound">The post's sentiment as its writer meant it: praise before a sarcasm marker counts against it.</param>
/// <param name="LiteralCompound">
/// What the words say, sarcasm markers left unread: the model's lexicon feature. The model reads words literally too,
/// and <see cref="SentimentGuards"/> inverts its answer once; feeding it the inverted score would invert it twice.
/// </param>
/// <param name="Cues">What the rules establish with more certainty than the model.</param>
public readonly record struct LexiconReading(double Compound, double LiteralCompound, SentimentCues Cues);
