using System.Net.Http.Json;
using System.Text.Json;
using Streams.Silo.Hosting;

namespace Streams.IntegrationTests;

/// <summary>
/// <c>Streams:BrandsFile</c> registers a file's brands at start-up, in one registry write: the valid ones are
/// registered, an invalid one is skipped with a log line rather than stopping the silo.
/// </summary>
public sealed class BrandsFileTests
{
    private const string AdminKey = "brands-file-admin";

    [Fact]
    public async Task The_valid_brands_of_the_file_are_registered_at_start()
    {
        var path = Path.Combine(Path.GetTempPath(), $"brands-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            [
              {"id": "fileco", "name": "Fileco", "handles": ["@FilecoHelp"], "responseTargetMinutes": 45},
              {"id": "broken", "handles": ["@Broken"]},
              {"id": "fileco2", "name": "Fileco Two", "handles": ["@FilecoTwo"], "query": "\"fileco two\" OR @FilecoTwo"}
            ]
            """, TestContext.Current.CancellationToken);
        try
        {
            await using var host = await LoopbackHost.StartAsync([
                "--Streams:BrandsFile", path,
                "--Streams:ApiKeys:0:Key", AdminKey,
                "--Streams:ApiKeys:0:Scopes:0", "admin",
            ]);
            using var http = new HttpClient { BaseAddress = host.Address };
            http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);

            var ids = await WaitForBrandsAsync(http, expected: 2);

            Assert.Equal(["fileco", "fileco2"], ids.Order().ToArray());
            var fileco = await http.GetFromJsonAsync<JsonElement>("/api/brands/fileco", TestContext.Current.CancellationToken);
            Assert.Equal(45, fileco.GetProperty("responseTargetMinutes").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string[]> WaitForBrandsAsync(HttpClient http, int expected)
    {
        // The loader runs once the host has started, so the brands appear shortly after.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var brands = await http.GetFromJsonAsync<JsonElement[]>("/api/brands", TestContext.Current.CancellationToken);
            if (brands!.Length >= expected)
            {
                return brands.Select(b => b.GetProperty("id").GetString()!).ToArray();
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"the brands file was not loaded: fewer than {expected} brands after 10 s");
    }
}
