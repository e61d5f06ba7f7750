using Streams.Grains.Customers;

namespace Streams.IntegrationTests;

/// <summary>The rule for trimming memory after customers fell asleep (a plain class; it lives in the grains project).</summary>
public sealed class SleepWaveTrimPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Trims_once_when_a_large_enough_wave_has_been_quiet_for_two_checks()
    {
        var policy = new SleepWaveTrimPolicy(minimumSleepers: 1_000, TimeSpan.FromMinutes(5));
        Assert.False(policy.ShouldTrim(400, true, T0));                    // wave under way
        Assert.False(policy.ShouldTrim(1_500, true, T0.AddSeconds(10)));   // still under way
        Assert.False(policy.ShouldTrim(1_500, true, T0.AddSeconds(20)));   // one quiet check: may be a stall
        Assert.False(policy.ShouldTrim(1_800, true, T0.AddSeconds(30)));   // it was: more fell asleep
        Assert.False(policy.ShouldTrim(1_800, true, T0.AddSeconds(40)));
        Assert.True(policy.ShouldTrim(1_800, true, T0.AddSeconds(50)));    // two quiet checks: ended
        Assert.False(policy.ShouldTrim(1_800, true, T0.AddSeconds(60)));   // nothing new since
        Assert.False(policy.ShouldTrim(1_800, true, T0.AddMinutes(10)));
    }

    [Fact]
    public void A_small_wave_waits_for_more_and_trims_are_spaced()
    {
        var policy = new SleepWaveTrimPolicy(minimumSleepers: 1_000, TimeSpan.FromMinutes(5));
        Assert.False(policy.ShouldTrim(600, true, T0));
        Assert.False(policy.ShouldTrim(600, true, T0.AddSeconds(10)));
        Assert.False(policy.ShouldTrim(600, true, T0.AddSeconds(20)));     // ended, but too small
        Assert.False(policy.ShouldTrim(1_200, true, T0.AddSeconds(30)));
        Assert.False(policy.ShouldTrim(1_200, true, T0.AddSeconds(40)));
        Assert.True(policy.ShouldTrim(1_200, true, T0.AddSeconds(50)));    // the two waves add up

        Assert.False(policy.ShouldTrim(5_000, true, T0.AddSeconds(60)));
        Assert.False(policy.ShouldTrim(5_000, true, T0.AddMinutes(2)));
        Assert.False(policy.ShouldTrim(5_000, true, T0.AddMinutes(3)));    // ended, but too soon after the last trim
        Assert.True(policy.ShouldTrim(5_000, true, T0.AddMinutes(6)));
    }

    [Fact]
    public void A_silo_under_its_memory_threshold_does_not_trim_until_it_is_over()
    {
        var policy = new SleepWaveTrimPolicy(minimumSleepers: 1_000, TimeSpan.FromMinutes(5));
        Assert.False(policy.ShouldTrim(2_000, false, T0));
        Assert.False(policy.ShouldTrim(2_000, false, T0.AddSeconds(10)));
        Assert.False(policy.ShouldTrim(2_000, false, T0.AddSeconds(20)));  // ended, large, but under the threshold
        Assert.True(policy.ShouldTrim(2_000, true, T0.AddSeconds(30)));    // the same wave, now over it
    }

    [Fact]
    public void A_silo_that_never_sleeps_anyone_never_trims()
    {
        var policy = new SleepWaveTrimPolicy(minimumSleepers: 1, TimeSpan.Zero);
        for (var i = 0; i < 10; i++)
        {
            Assert.False(policy.ShouldTrim(0, true, T0.AddMinutes(i)));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => new SleepWaveTrimPolicy(0, TimeSpan.Zero));
    }
}
