using Streams.Domain.Ingest;
using Xunit;

namespace Streams.UnitTests.Ingest;

public sealed class AdmissionGateTests
{
    private long inFlight;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AdmissionGate Gate(long max, TimeSpan wait) =>
        new(() => Interlocked.Read(ref inFlight), n => Interlocked.Add(ref inFlight, n), max, wait, TimeProvider.System);

    [Fact]
    public async Task Admits_at_once_while_the_budget_holds_and_counts_what_it_admits()
    {
        var gate = Gate(max: 100, wait: TimeSpan.Zero);

        Assert.True(await gate.AdmitAsync(60, Ct));
        Assert.True(await gate.AdmitAsync(40, Ct));

        Assert.Equal(100, inFlight);
    }

    [Fact]
    public async Task Refuses_all_of_a_request_that_does_not_fit_once_the_wait_is_over()
    {
        var gate = Gate(max: 100, wait: TimeSpan.FromMilliseconds(30));
        Assert.True(await gate.AdmitAsync(90, Ct));

        Assert.False(await gate.AdmitAsync(20, Ct));

        Assert.Equal(90, inFlight);
    }

    [Fact]
    public async Task A_waiting_request_goes_in_as_soon_as_applied_events_make_room()
    {
        var gate = Gate(max: 100, wait: TimeSpan.FromMinutes(5));
        Assert.True(await gate.AdmitAsync(100, Ct));

        var waiting = gate.AdmitAsync(50, Ct).AsTask();
        await Task.Delay(AdmissionGate.PollInterval * 4, Ct);
        Assert.False(waiting.IsCompleted);

        Interlocked.Add(ref inFlight, -60); // the partitions applied 60 events
        var admitted = await waiting.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.True(admitted);
        Assert.Equal(90, inFlight);
    }

    [Fact]
    public async Task A_later_request_that_would_fit_does_not_overtake_one_that_waits()
    {
        var gate = Gate(max: 100, wait: TimeSpan.FromMinutes(5));
        Assert.True(await gate.AdmitAsync(90, Ct));

        var large = gate.AdmitAsync(20, Ct).AsTask();
        await Task.Delay(AdmissionGate.PollInterval * 2, Ct);
        var small = gate.AdmitAsync(5, Ct).AsTask();
        await Task.Delay(AdmissionGate.PollInterval * 4, Ct);
        Assert.False(small.IsCompleted); // 95 would fit, but the large request came first

        Interlocked.Add(ref inFlight, -90);
        Assert.True(await large.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.True(await small.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Equal(25, inFlight);
    }

    [Fact]
    public async Task A_request_larger_than_the_whole_budget_goes_in_when_nothing_is_in_flight()
    {
        var gate = Gate(max: 100, wait: TimeSpan.Zero);

        Assert.True(await gate.AdmitAsync(500, Ct));
        Assert.False(await gate.AdmitAsync(1, Ct));
    }

    [Fact]
    public async Task A_caller_that_gives_up_while_waiting_takes_nothing()
    {
        var gate = Gate(max: 100, wait: TimeSpan.FromMinutes(5));
        Assert.True(await gate.AdmitAsync(100, Ct));
        using var giveUp = new CancellationTokenSource();

        var waiting = gate.AdmitAsync(10, giveUp.Token).AsTask();
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(100, inFlight);
    }
}
