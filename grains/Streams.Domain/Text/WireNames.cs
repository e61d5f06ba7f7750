namespace Streams.Domain.Text;

/// <summary>
/// The wire names of a flags enum's single values, in the API's camelCase ("churnThreat", "plainComplaint"): one
/// place for intents and sentiment cues, for posts and brands alike.
/// </summary>
public static class WireNames<TFlags> where TFlags : struct, Enum
{
    /// <summary>Each single value, in declaration order (zero, "none", left out).</summary>
    public static IReadOnlyList<TFlags> All { get; } = Enum.GetValues<TFlags>().Where(f => Convert.ToUInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0).ToArray();

    public static string Of(TFlags value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The names of the values set in <paramref name="flags"/>.</summary>
    public static IReadOnlyList<string> Set(TFlags flags) => All.Where(f => flags.HasFlag(f)).Select(Of).ToArray();
}
