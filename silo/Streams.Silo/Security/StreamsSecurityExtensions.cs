using Microsoft.AspNetCore.Authentication;

namespace Streams.Silo.Security;

public static class StreamsSecurityExtensions
{
    /// <summary>Policy names, one per scope: admin keys satisfy every policy.</summary>
    public const string IngestPolicy = "ingest";
    public const string ReadPolicy = "read";
    public const string AdminPolicy = "admin";

    /// <summary>API keys, the scope policies, and the start-up notice of a generated admin key.</summary>
    public static IServiceCollection AddStreamsSecurity(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddHostedService<AdminKeyAnnouncer>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(IngestPolicy, p => p.RequireClaim(ApiScopes.ScopeClaim, ApiScopes.Ingest, ApiScopes.Admin))
            .AddPolicy(ReadPolicy, p => p.RequireClaim(ApiScopes.ScopeClaim, ApiScopes.Read, ApiScopes.Admin))
            .AddPolicy(AdminPolicy, p => p.RequireClaim(ApiScopes.ScopeClaim, ApiScopes.Admin));
        return services;
    }
}
