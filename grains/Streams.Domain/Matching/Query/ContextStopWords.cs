using System.Collections.Frozen;

namespace Streams.Domain.Matching.Query;

/// <summary>
/// English and French function words (folded) that say nothing about what a post is about, so they are never
/// learned as not-about-us context.
/// </summary>
internal static class ContextStopWords
{
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
    [
        "the", "and", "for", "you", "your", "are", "was", "were", "with", "this", "that", "have", "has", "had", "not",
        "but", "from", "they", "their", "them", "what", "when", "where", "who", "why", "how", "all", "any", "can", "could",
        "would", "should", "will", "just", "about", "into", "than", "then", "there", "here", "out", "our", "ours", "his",
        "her", "she", "him", "its", "it's", "been", "being", "did", "does", "doing", "don", "dont", "get", "got", "very",
        "more", "most", "some", "such", "only", "own", "same", "too", "also", "one", "two", "now", "today", "yes", "off",
        "over", "again", "still", "after", "before", "because", "while", "which", "these", "those", "like", "really",
        "les", "des", "une", "est", "pas", "que", "qui", "pour", "dans", "sur", "par", "avec", "mais", "plus", "tout",
        "tous", "toute", "toutes", "elle", "ils", "elles", "nous", "vous", "leur", "leurs", "mon", "ton", "son", "mes",
        "tes", "ses", "nos", "vos", "ce", "cet", "cette", "ces", "aux", "sont", "ete", "etre", "avoir", "fait", "faire",
        "comme", "quand", "aussi", "bien", "tres", "encore", "deja", "sans", "sous", "chez", "entre", "donc", "car",
        "alors", "ici", "oui", "non", "rien", "moi", "toi", "lui", "eux", "meme", "autre", "autres", "apres", "avant",
        "http", "https", "www", "com",
    ], StringComparer.Ordinal);
}
