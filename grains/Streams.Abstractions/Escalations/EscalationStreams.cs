namespace Streams.Abstractions.Escalations;

/// <summary>Where escalation changes are published: one stream, read by every silo's live feed.</summary>
public static class EscalationStreams
{
    public const string ProviderName = "escalations";
    public const string Namespace = "escalations";
    public const string Key = "all";
}
