namespace Streams.Domain.Posts;

/// <summary>
/// The running state of a post's evaluation after its first <see cref="Evaluated"/> engagements.
/// Copies are kept every few hundred engagements, so an out-of-order event replays the log from the
/// nearest copy before it instead of from the start.
/// </summary>
public readonly record struct EvaluationState(
    int Evaluated,
    double Velocity,
    long VelocityTicks,
    int WindowStart,
    int WindowReshares,
    int Reshares,
    long ResharerFollowers,
    TrackDecision[] Tracks);
