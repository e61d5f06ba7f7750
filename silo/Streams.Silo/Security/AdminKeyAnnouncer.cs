namespace Streams.Silo.Security;

/// <summary>
/// Prints the generated admin key once the host has started, so a newcomer can log in. Written to
/// the console, not through ILogger: keys must never reach log sinks.
/// </summary>
public sealed class AdminKeyAnnouncer(ApiKeyStore keys, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (keys.GeneratedAdminKey is { } key)
        {
            lifetime.ApplicationStarted.Register(() =>
            {
                Console.WriteLine();
                Console.WriteLine($"Admin API key for this run: {key}");
                Console.WriteLine($"  (send it as the {ApiKeyAuthenticationHandler.HeaderName} header; set {ApiKeyStore.AdminKeyVariable} to choose your own)");
                Console.WriteLine();
            });
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
