namespace Streams.UnitTests.Partitioning;

/// <summary>A wall clock the test sets, so two engines fed the same steps stamp the same times.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
