using Streams.Abstractions.Brands;
using Streams.Silo.Hosting;
using System.Text.Json;

namespace Streams.Silo.Brands;

/// <summary>Registers the brands of the JSON file named by <c>Streams:BrandsFile</c> (an array of brand objects) at start-up.</summary>
public sealed class BrandsFileLoader(
    IConfiguration configuration,
    BrandService brands,
    IHostApplicationLifetime lifetime,
    ILogger<BrandsFileLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = configuration["Streams:BrandsFile"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }
        await lifetime.WhenStartedAsync(stoppingToken);
        var requests = JsonSerializer.Deserialize<BrandRequest[]>(await File.ReadAllTextAsync(path, stoppingToken), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{path} must hold a JSON array of brands");
        // Invalid entries are logged and skipped rather than failing the start; the valid ones go in one registry write.
        var valid = new List<BrandConfig>(requests.Length);
        for (var i = 0; i < requests.Length; i++)
        {
            var brand = BrandRequestMapper.TryMap(requests[i], out var errors);
            if (brand is null)
            {
                logger.LogError("{Path}: brand #{Index} rejected: {Errors}", path, i, string.Join("; ", errors));
                continue;
            }
            valid.Add(brand);
        }
        await brands.RegisterManyAsync(valid);
        logger.LogInformation("Registered {Count} brands from {Path}", valid.Count, path);
    }
}
