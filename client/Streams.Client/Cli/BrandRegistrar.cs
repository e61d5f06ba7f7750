using Streams.Client.Brands;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary>Registers brands before a run, through the batch endpoint (a thousand brands in one request).</summary>
public static class BrandRegistrar
{
    public static async Task RegisterAsync(StreamsApiClient api, IReadOnlyList<BrandRegistration> brands, CancellationToken cancellationToken)
    {
        await api.PostBrandsAsync(brands, cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"registered {brands.Count:N0} brands").ConfigureAwait(false);
    }
}
