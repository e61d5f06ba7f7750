using Microsoft.Extensions.Configuration;
using Streams.Silo.Security;

namespace Streams.IntegrationTests;

/// <summary>Where keys come from: Streams:ApiKeys (appsettings or environment), STREAMS_ADMIN_KEY, or a generated admin key.</summary>
public sealed class ApiKeyStoreTests
{
    [Fact]
    public void Without_any_admin_key_one_is_generated_for_the_run()
    {
        var store = new ApiKeyStore(Configuration(new() { ["Streams:ApiKeys:0:Key"] = "r", ["Streams:ApiKeys:0:Scopes:0"] = "read" }));
        Assert.NotNull(store.GeneratedAdminKey);
        Assert.True(store.GeneratedAdminKey!.Length >= 30);
        Assert.Contains(ApiScopes.Admin, store.Find(store.GeneratedAdminKey)!.Scopes);
        Assert.NotEqual(store.GeneratedAdminKey, new ApiKeyStore(Configuration([])).GeneratedAdminKey);
    }

    [Fact]
    public void STREAMS_ADMIN_KEY_replaces_the_generated_key()
    {
        var store = new ApiKeyStore(Configuration(new() { [ApiKeyStore.AdminKeyVariable] = "from-env" }));
        Assert.Null(store.GeneratedAdminKey);
        Assert.Contains(ApiScopes.Admin, store.Find("from-env")!.Scopes);
        Assert.Null(store.Find("from-env "));
    }

    [Fact]
    public void Keys_bind_from_double_underscore_environment_variables()
    {
        const string prefix = "STREAMS_KEYSTORE_TEST_";
        Environment.SetEnvironmentVariable(prefix + "Streams__ApiKeys__0__Key", "env-brand-key");
        Environment.SetEnvironmentVariable(prefix + "Streams__ApiKeys__0__Scopes__0", "read");
        Environment.SetEnvironmentVariable(prefix + "Streams__ApiKeys__0__Brands__0", "acme");
        Environment.SetEnvironmentVariable(prefix + "Streams__ApiKeys__1__Key", "env-admin-key");
        Environment.SetEnvironmentVariable(prefix + "Streams__ApiKeys__1__Scopes__0", "admin");
        try
        {
            var store = new ApiKeyStore(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build());
            var grant = store.Find("env-brand-key")!;
            Assert.Equal(["read"], grant.Scopes);
            Assert.Equal(["acme"], grant.Brands);
            // A configured admin key means nothing is generated.
            Assert.Null(store.GeneratedAdminKey);
            Assert.NotNull(store.Find("env-admin-key"));
        }
        finally
        {
            foreach (var name in new[] { "Streams__ApiKeys__0__Key", "Streams__ApiKeys__0__Scopes__0", "Streams__ApiKeys__0__Brands__0", "Streams__ApiKeys__1__Key", "Streams__ApiKeys__1__Scopes__0" })
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    [Fact]
    public void Unknown_scopes_and_empty_keys_stop_the_start()
    {
        Assert.Throws<InvalidOperationException>(() => new ApiKeyStore(Configuration(new() { ["Streams:ApiKeys:0:Key"] = "k", ["Streams:ApiKeys:0:Scopes:0"] = "write" })));
        Assert.Throws<InvalidOperationException>(() => new ApiKeyStore(Configuration(new() { ["Streams:ApiKeys:0:Scopes:0"] = "read" })));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
