namespace Streams.Client.Generation;

/// <summary>
/// Parameters of a synthetic firehose. Event i is stamped <see cref="Start"/> + i / <see cref="Rate"/> seconds,
/// so the event-time content is the same whether it is written to a file or sent at any speed.
/// </summary>
public sealed record FirehoseOptions
{
    public required int Rate { get; init; }

    public required double DurationSeconds { get; init; }

    public required int Brands { get; init; }

    public required int Authors { get; init; }

    public ulong Seed { get; init; } = 1;

    /// <summary>UTC event time of the first event.</summary>
    public required DateTime Start { get; init; }

    /// <summary>Zipf exponent of author activity: a few authors post a lot.</summary>
    public double AuthorZipfExponent { get; init; } = 1.1;

    /// <summary>Zipf exponent of brand popularity within a language.</summary>
    public double BrandZipfExponent { get; init; } = 0.9;

    public double FrenchShare { get; init; } = 0.25;

    public double NegativeShare { get; init; } = 0.30;

    public double PositiveShare { get; init; } = 0.20;

    /// <summary>Share of negative customer posts a brand account answers (2-90 minutes later in event time).</summary>
    public double BrandReplyShare { get; init; } = 0.60;

    /// <summary>Followers from which a negative post's author counts as influential.</summary>
    public long InfluentialFollowers { get; init; } = 20_000;

    /// <summary>Chance that a negative top-level post by an influential author starts a repost burst.</summary>
    public double BurstProbability { get; init; } = 0.25;

    /// <summary>Prefix of generated post and repost ids; defaults to "s{seed}-" so runs with different seeds never collide.</summary>
    public string? IdPrefix { get; init; }

    public long TotalEvents => (long)Math.Round(Rate * DurationSeconds);

    public void Validate()
    {
        if (Rate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Rate), Rate, "The rate must be at least 1 event per second.");
        }
        if (DurationSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(DurationSeconds), DurationSeconds, "The duration must be positive.");
        }
        if (Brands <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Brands), Brands, "At least one brand is needed.");
        }
        if (Authors <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Authors), Authors, "At least one author is needed.");
        }
    }
}
