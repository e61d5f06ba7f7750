namespace Streams.Silo.Hosting;

public static class HostLifetimeExtensions
{
    /// <summary>Completes once the host (silo and HTTP API) has fully started; start-up work that calls grains waits for it.</summary>
    public static Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task;
    }
}
