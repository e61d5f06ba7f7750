using Streams.Client.Brands;

namespace Streams.Client.Generation;

/// <summary>
/// Invents plausible, unique brand names from syllables ("Norvia", "Telcora"), with one twitter handle,
/// one or two aliases and a market: most brands English, some bilingual, a few French-only.
/// </summary>
internal static class BrandForge
{
    private static readonly string[] Starts =
    [
        "Nor", "Tel", "Vex", "Ami", "Lum", "Cor", "Zen", "Bri", "Kal", "Oro", "Sol", "Mer", "Qua", "Dal", "Fen",
        "Gri", "Hal", "Ix", "Jun", "Pax", "Ros", "Sta", "Tra", "Ul", "Ver", "Wex", "Ax", "Bel", "Cal", "Dor",
        "El", "Fal", "Gal", "Hel", "Lor", "Mon", "Nex", "Op", "Pri", "Riv",
    ];

    private static readonly string[] Middles = ["", "", "vi", "co", "ra", "li", "ta", "ne", "mo", "ri", "sa", "do", "ve", "lu"];

    private static readonly string[] Ends = ["a", "ia", "ora", "ex", "on", "ix", "us", "ent", "ly", "o", "is", "ane", "io", "ea"];

    private static readonly string[] Sectors =
    [
        "Mobile", "Air", "Bank", "Energy", "Express", "Stream", "Rail", "Market", "Telecom", "Insurance", "Fibre", "Pay",
    ];

    private static readonly string[] HandleSuffixes = ["", "Care", "Help", "Support", "_Help", "Service"];

    private static readonly int[] ResponseTargets = [15, 30, 60, 60, 120, 240];

    public static IReadOnlyList<SyntheticBrand> Create(int count, DeterministicRandom random)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var brands = new List<SyntheticBrand>(count);
        for (int index = 0; index < count; index++)
        {
            string name = InventName(random, names, index);
            string sector = Sectors[random.NextInt(Sectors.Length)];
            string handle = name + HandleSuffixes[random.NextInt(HandleSuffixes.Length)];
            var aliases = new List<string> { $"{name} {sector}" };
            if (random.Chance(0.5))
            {
                aliases.Add(random.Chance(0.5) ? $"{name.ToLowerInvariant()}.com" : $"{name} App");
            }
            // A fixed rotation rather than a draw keeps the language mix stable for any seed, and gives
            // even four brands a French-speaking one: 5/8 English, 2/8 bilingual, 1/8 French.
            string[] languages = (index % 8) switch
            {
                3 or 7 => ["en", "fr"],
                5 => ["fr"],
                _ => ["en"],
            };
            var registration = new BrandRegistration(
                name.ToLowerInvariant(),
                name,
                [new BrandHandleSpec("twitter", handle)],
                aliases,
                languages,
                ResponseTargets[random.NextInt(ResponseTargets.Length)]);
            long followers = (long)Math.Exp(Math.Log(50_000) + 1.2 * random.NextGaussian());
            brands.Add(new SyntheticBrand(registration, followers));
        }
        return brands;
    }

    private static string InventName(DeterministicRandom random, HashSet<string> taken, int index)
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            string name = Starts[random.NextInt(Starts.Length)] + Middles[random.NextInt(Middles.Length)] + Ends[random.NextInt(Ends.Length)];
            if (taken.Add(name))
            {
                return name;
            }
        }
        // The syllable space (~7,800 names) runs thin past a few thousand brands: number the rest.
        string numbered = Starts[index % Starts.Length] + Ends[index / Starts.Length % Ends.Length] + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (!taken.Add(numbered))
        {
            numbered += "x";
        }
        return numbered;
    }
}
