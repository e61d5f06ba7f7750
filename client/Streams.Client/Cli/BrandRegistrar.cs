using Streams.Client.Brands;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary>Registers brands before a run, a few requests at a time (a thousand brands in a second or two).</summary>
public static class BrandRegistrar
{
    public static async Task RegisterAsync(StreamsApiClient api, IReadOnlyList<BrandRegistration> brands, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            brands,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (brand, token) => await api.PostBrandAsync(brand, token).ConfigureAwait(false)).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"registered {brands.Count:N0} brands").ConfigureAwait(false);
    }
}
