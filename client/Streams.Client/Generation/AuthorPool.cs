using System.Text;

namespace Streams.Client.Generation;

/// <summary>
/// The synthetic audience, stored column-wise (followers, verified flags, one blob of handles)
/// so a million authors cost a few tens of MB and no per-author objects. Author k has id "u{k}".
/// Followers are log-normal (median ~300, sigma 2: a handful above a million at 10^6 authors);
/// verification is ~1% overall and far likelier for big accounts.
/// </summary>
internal sealed class AuthorPool
{
    private static readonly string[] FirstNames =
    [
        "jane", "tom", "marie", "lucas", "emma", "noah", "chloe", "hugo", "lea", "sam", "olivia", "leo", "camille",
        "jack", "ines", "arthur", "zoe", "paul", "lina", "max", "sofia", "louis", "alice", "ethan", "manon",
        "liam", "clara", "nathan", "mia", "adam", "julie", "ryan", "sarah", "theo", "anna", "kevin", "laura",
        "yanis", "grace", "matteo",
    ];

    private readonly long[] _followers;
    private readonly bool[] _verified;
    private readonly byte[] _handles;
    private readonly int[] _handleOffsets;

    public AuthorPool(int count, DeterministicRandom random)
    {
        _followers = new long[count];
        _verified = new bool[count];
        _handleOffsets = new int[count + 1];
        var handles = new MemoryStream(count * 12);
        Span<byte> scratch = stackalloc byte[64];
        double mu = Math.Log(300);
        for (int k = 0; k < count; k++)
        {
            double followers = Math.Exp(mu + 2.0 * random.NextGaussian());
            _followers[k] = (long)Math.Min(followers, 80_000_000);
            double verifiedChance = 0.006 + 0.9 * _followers[k] / (_followers[k] + 100_000.0);
            _verified[k] = random.Chance(verifiedChance);
            // name + "_" + base36(k) is unique because names contain no '_'.
            int length = Encoding.ASCII.GetBytes(FirstNames[random.NextInt(FirstNames.Length)], scratch);
            scratch[length++] = (byte)'_';
            length += WriteBase36(k, scratch[length..]);
            _handleOffsets[k] = (int)handles.Position;
            handles.Write(scratch[..length]);
        }
        _handleOffsets[count] = (int)handles.Position;
        _handles = handles.ToArray();
    }

    public int Count => _followers.Length;

    public long Followers(int author) => _followers[author];

    public bool Verified(int author) => _verified[author];

    public ReadOnlySpan<byte> Handle(int author) =>
        _handles.AsSpan(_handleOffsets[author], _handleOffsets[author + 1] - _handleOffsets[author]);

    private static int WriteBase36(int value, Span<byte> destination)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<byte> reversed = stackalloc byte[16];
        int n = 0;
        do
        {
            reversed[n++] = (byte)digits[value % 36];
            value /= 36;
        }
        while (value > 0);
        for (int i = 0; i < n; i++)
        {
            destination[i] = reversed[n - 1 - i];
        }
        return n;
    }
}
