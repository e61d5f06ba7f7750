namespace Streams.Grains;

/// <summary>Grain storage providers. Each grain type also uses its own state name (Orleans issue 8746).</summary>
public static class StorageNames
{
    public const string Default = "streams";

    /// <summary>Required by Orleans for explicit stream subscriptions (the escalation feed).</summary>
    public const string PubSub = "PubSubStore";
}
