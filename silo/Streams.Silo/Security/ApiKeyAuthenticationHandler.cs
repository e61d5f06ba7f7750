using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Streams.Silo.Security;

/// <summary>
/// Authenticates a request by its API key, taken from <c>X-Api-Key</c>, <c>Authorization: Bearer</c>,
/// or <c>Authorization: Basic</c> (any user name, the key as password: the only way a browser can
/// send a key to the Orleans Dashboard, whose page we do not control). Failure messages never quote
/// the key, because authentication failures are logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string DashboardPath = "/dashboard";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = KeyOf(Request);
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (keys.Find(key) is not { } grant)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }
        var admin = grant.Scopes.Contains(ApiScopes.Admin);
        var claims = new List<Claim> { new(ClaimTypes.Name, grant.Label) };
        foreach (var scope in admin ? ApiScopes.All : (IEnumerable<string>)grant.Scopes)
        {
            claims.Add(new Claim(ApiScopes.ScopeClaim, scope));
        }
        foreach (var brand in admin ? [ApiScopes.AllBrands] : (IEnumerable<string>)grant.Brands)
        {
            claims.Add(new Claim(ApiScopes.BrandClaim, brand));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // Only the Orleans Dashboard gets a Basic challenge: elsewhere it would make a browser pop up
        // a password dialog over our own page whenever a typed key is wrong.
        Response.Headers.WWWAuthenticate = Request.Path.StartsWithSegments(DashboardPath)
            ? "Basic realm=\"Streams admin\", charset=\"UTF-8\""
            : "Bearer";
        return Task.CompletedTask;
    }

    private static string? KeyOf(HttpRequest request)
    {
        var header = request.Headers[HeaderName].ToString();
        if (header.Length > 0)
        {
            return header.Trim();
        }
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                return colon >= 0 ? decoded[(colon + 1)..] : decoded;
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return null;
    }
}
