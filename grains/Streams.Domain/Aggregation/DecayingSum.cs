namespace Streams.Domain.Aggregation;

/// <summary>
/// Exponentially decaying weighted count on event time: an event of weight w at time t is worth
/// w·2^(−(T−t)/halfLife) at a later time T. Used for virality velocity (half-life of minutes) and
/// author amplification (half-life of days).
/// </summary>
/// <remarks>
/// <para>The value is kept as of a reference time, the latest event time seen. A later event first
/// decays the stored value forward to its own time; a late event is decayed back to the reference
/// time before it is added. Both paths compute the same sum, so the result does not depend on the
/// order of arrival (up to floating-point rounding), which keeps replays deterministic.</para>
/// <para>Only decay factors ≤ 1 are ever applied, so a long gap cannot overflow: it underflows
/// towards zero instead, and factors for gaps beyond ~1,100 half-lives are taken as exactly zero.</para>
/// <para>Not thread-safe: callers (a grain) serialise access.</para>
/// </remarks>
public sealed class DecayingSum
{
    // 2^-1100 is below the smallest subnormal double, so past this many half-lives the factor is 0
    // anyway; short-circuiting avoids the Exp2 call and any dependence on its subnormal handling.
    private const double MaxHalfLives = 1100;

    private readonly long _halfLifeTicks;
    private long _referenceTicks;
    private bool _hasReference;
    private double _value;

    public DecayingSum(TimeSpan halfLife)
    {
        if (halfLife <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(halfLife), halfLife, "The half-life must be positive.");
        }
        HalfLife = halfLife;
        _halfLifeTicks = halfLife.Ticks;
    }

    public TimeSpan HalfLife { get; }

    /// <summary>The latest event time seen (the time <see cref="Value"/> refers to), or null when empty.</summary>
    public DateTime? ReferenceTime => _hasReference ? new DateTime(_referenceTicks, DateTimeKind.Utc) : null;

    /// <summary>The decayed value as of <see cref="ReferenceTime"/> (0 when empty).</summary>
    public double Value => _value;

    /// <summary>Adds an event of <paramref name="weight"/> at event time <paramref name="at"/> (UTC; only the ticks are used).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The weight is NaN or infinite.</exception>
    public void Add(DateTime at, double weight)
    {
        if (!double.IsFinite(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "The weight must be a finite number.");
        }
        var ticks = at.Ticks;
        if (!_hasReference)
        {
            _referenceTicks = ticks;
            _hasReference = true;
            _value = weight;
            return;
        }
        if (ticks > _referenceTicks)
        {
            _value = _value * DecayFactor(ticks - _referenceTicks) + weight;
            _referenceTicks = ticks;
        }
        else
        {
            _value += weight * DecayFactor(_referenceTicks - ticks);
        }
    }

    /// <summary>
    /// The value at event time <paramref name="at"/>. A time before <see cref="ReferenceTime"/>
    /// returns the value at the reference time: events after <paramref name="at"/> are already folded in
    /// and cannot be taken out, and growing the value backwards could overflow.
    /// </summary>
    public double ValueAt(DateTime at)
    {
        if (!_hasReference || at.Ticks <= _referenceTicks)
        {
            return _value;
        }
        return _value * DecayFactor(at.Ticks - _referenceTicks);
    }

    public DecayingSumSnapshot Snapshot() => new(HalfLife, ReferenceTime, _value);

    public static DecayingSum FromSnapshot(DecayingSumSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!double.IsFinite(snapshot.Value))
        {
            throw new ArgumentException("The snapshot value must be finite.", nameof(snapshot));
        }
        var sum = new DecayingSum(snapshot.HalfLife);
        if (snapshot.ReferenceTime is { } reference)
        {
            sum._referenceTicks = reference.Ticks;
            sum._hasReference = true;
            sum._value = snapshot.Value;
        }
        return sum;
    }

    private double DecayFactor(long elapsedTicks)
    {
        var halfLives = (double)elapsedTicks / _halfLifeTicks;
        return halfLives >= MaxHalfLives ? 0d : double.Exp2(-halfLives);
    }
}
