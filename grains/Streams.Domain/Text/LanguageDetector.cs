namespace Streams.Domain.Text;

// TEMPORARY STUB: replaced by the real detector on merge.
public static class LanguageDetector
{
    public static Language Detect(ReadOnlySpan<char> text, string? declaredLang) =>
        declaredLang is "fr" ? Language.French : Language.English;
}
