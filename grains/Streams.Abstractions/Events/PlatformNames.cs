namespace Streams.Abstractions.Events;

/// <summary>Maps platforms to and from their wire names ("twitter", "forum", ...).</summary>
public static class PlatformNames
{
    private static readonly Dictionary<string, Platform> ByName = Enum.GetValues<Platform>()
        .Where(p => p != Platform.Unknown)
        .ToDictionary(p => p.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The accepted wire names, for error messages and documentation.</summary>
    public static IReadOnlyCollection<string> All { get; } = ByName.Keys.Order(StringComparer.Ordinal).ToArray();

    public static string ToWire(Platform platform) => platform.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out Platform platform)
    {
        platform = Platform.Unknown;
        return name is not null && ByName.TryGetValue(name, out platform);
    }
}
