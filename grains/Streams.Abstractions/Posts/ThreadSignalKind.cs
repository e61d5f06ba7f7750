namespace Streams.Abstractions.Posts;

public enum ThreadSignalKind : byte
{
    /// <summary>A post replied to the target.</summary>
    Reply = 0,

    /// <summary>A post quoted the target.</summary>
    Quote = 1,

    /// <summary>A brand account replied somewhere under the target in its thread.</summary>
    AnsweredBelow = 2,
}
