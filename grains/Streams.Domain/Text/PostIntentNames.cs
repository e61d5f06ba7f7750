namespace Streams.Domain.Text;

/// <summary>The wire names of intents ("churnThreat"): the API's camelCase, in one place for posts and brands.</summary>
public static class PostIntentNames
{
    /// <summary>Each single intent, in declaration order.</summary>
    public static IReadOnlyList<PostIntent> All { get; } = Enum.GetValues<PostIntent>().Where(i => i != 0).ToArray();

    public static string Of(PostIntent intent)
    {
        var name = intent.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The names of the intents set in <paramref name="intents"/>.</summary>
    public static IReadOnlyList<string> Set(PostIntent intents) =>
        All.Where(i => (intents & i) == i).Select(Of).ToArray();
}
