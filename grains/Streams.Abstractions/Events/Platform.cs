namespace Streams.Abstractions.Events;

/// <summary>Where a mention was published. The wire names are the lower-case member names.</summary>
public enum Platform : byte
{
    Unknown = 0,
    Twitter,
    Facebook,
    Instagram,
    Forum,
    Blog,
    Review,
    LinkedIn,
    YouTube,
    TikTok,
    Reddit,
    News,
}
