using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Streams.Abstractions.Brands;
using Streams.Domain.Brands;
using Streams.Grains.Pipeline;

namespace Streams.Grains.Brands;

/// <summary>
/// This silo's compiled copy of the brand registry. Partitions match thousands of events per second
/// against it, so it lives in each silo and is swapped whole when the registry's version moves
/// (polled, and refreshed at once after a registration through this silo).
/// </summary>
public sealed class BrandCatalogCache(
    IGrainFactory grains,
    IOptions<PipelineOptions> options,
    ILogger<BrandCatalogCache> logger) : BackgroundService
{
    private BrandCatalog current = BrandCatalog.Empty;
    private readonly SemaphoreSlim refreshing = new(1, 1);

    public BrandCatalog Current => Volatile.Read(ref current);

    /// <summary>Fetches and compiles the registry if its version differs from the cached one.</summary>
    public async Task<BrandCatalog> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var registry = grains.GetGrain<IBrandRegistryGrain>(0);
            var version = await registry.GetVersionAsync().ConfigureAwait(false);
            if (version == Current.Version)
            {
                return Current;
            }
            var snapshot = await registry.GetCatalogAsync().ConfigureAwait(false);
            var compiled = new BrandCatalog(snapshot.Version, snapshot.Brands, snapshot.LearnedExclusions);
            Volatile.Write(ref current, compiled);
            logger.LogInformation("Brand catalog version {Version}: {Count} brands", compiled.Version, compiled.Brands.Count);
            return compiled;
        }
        finally
        {
            refreshing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.CatalogRefreshMilliseconds));
        do
        {
            try
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "Brand catalog refresh failed; retrying");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
