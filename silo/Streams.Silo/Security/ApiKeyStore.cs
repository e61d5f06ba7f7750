using System.Security.Cryptography;
using System.Text;

namespace Streams.Silo.Security;

/// <summary>
/// The keys this host accepts. Keys are kept only as SHA-256 digests: a lookup by digest does not
/// leak, through timing, how much of a guessed key was right, and a memory dump holds no key.
/// </summary>
public sealed class ApiKeyStore
{
    public const string AdminKeyVariable = "STREAMS_ADMIN_KEY";
    public const string KeysSection = "Streams:ApiKeys";

    private readonly Dictionary<string, ApiKeyGrant> grants = new(StringComparer.Ordinal);

    public ApiKeyStore(IConfiguration configuration)
    {
        var entries = configuration.GetSection(KeysSection).Get<List<ApiKeyEntry>>() ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (string.IsNullOrWhiteSpace(entry.Key))
            {
                throw new InvalidOperationException($"{KeysSection}:{i} has no key.");
            }
            var unknown = entry.Scopes.Where(s => !ApiScopes.All.Contains(s, StringComparer.OrdinalIgnoreCase)).ToArray();
            if (unknown.Length > 0)
            {
                throw new InvalidOperationException($"{KeysSection}:{i} has unknown scopes {string.Join(", ", unknown)}; use ingest, read, admin.");
            }
            Add(entry.Key, new ApiKeyGrant(
                $"{KeysSection}:{i}",
                entry.Scopes.Select(s => s.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                entry.Brands.ToHashSet(StringComparer.Ordinal)));
        }

        var adminKey = configuration[AdminKeyVariable];
        if (!string.IsNullOrWhiteSpace(adminKey))
        {
            Add(adminKey, AdminGrant(AdminKeyVariable));
        }
        else if (!grants.Values.Any(g => g.Scopes.Contains(ApiScopes.Admin)))
        {
            // Nothing would let a newcomer in: make a key for this run, announced once at start.
            GeneratedAdminKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))
                .Replace('+', '-').Replace('/', '_');
            Add(GeneratedAdminKey, AdminGrant("generated"));
        }
    }

    /// <summary>The admin key made for this run when none was configured; null otherwise.</summary>
    public string? GeneratedAdminKey { get; }

    public ApiKeyGrant? Find(string key) =>
        grants.GetValueOrDefault(Digest(key));

    private void Add(string key, ApiKeyGrant grant)
    {
        // A key listed twice keeps its first grant: configuration order decides, never a merge.
        grants.TryAdd(Digest(key), grant);
    }

    private static ApiKeyGrant AdminGrant(string label) => new(
        label,
        new HashSet<string>(ApiScopes.All, StringComparer.Ordinal),
        new HashSet<string>([ApiScopes.AllBrands], StringComparer.Ordinal));

    private static string Digest(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
