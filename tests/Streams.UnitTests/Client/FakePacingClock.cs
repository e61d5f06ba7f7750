using Streams.Client.Timing;

namespace Streams.UnitTests.Client;

/// <summary>Virtual time: a delay advances the clock at once and is recorded, so pacing is tested without sleeping.</summary>
internal sealed class FakePacingClock : IPacingClock
{
    public TimeSpan Elapsed { get; private set; }

    public List<TimeSpan> Delays { get; } = new();

    public void Advance(TimeSpan time) => Elapsed += time;

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        Delays.Add(delay);
        if (delay > TimeSpan.Zero)
        {
            Elapsed += delay;
        }
        return Task.CompletedTask;
    }
}
