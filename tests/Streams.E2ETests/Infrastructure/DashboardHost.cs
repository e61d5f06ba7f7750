using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Streams.Silo.Hosting;

namespace Streams.E2ETests.Infrastructure;

/// <summary>
/// The real host on free loopback ports, and headless Debian Chromium driven by Playwright. When
/// Chromium is missing the fixture throws, so every test fails: these tests never skip silently.
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminKey = "e2e-admin-key";
    public const string ReadOnlyKey = "e2e-read-key";
    public const string ReadOnlyBrand = "e2e-visible";

    private LoopbackHost? host;
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}: the end-to-end tests need Debian's chromium package (apt-get install -y chromium; .ci/run installs it).");
        }
        host = await LoopbackHost.StartAsync([
            "--Streams:FlushIntervalMilliseconds", "50",
            "--Logging:LogLevel:Default", "Warning",
            "--STREAMS_ADMIN_KEY", AdminKey,
            "--Streams:ApiKeys:0:Key", ReadOnlyKey,
            "--Streams:ApiKeys:0:Scopes:0", "read",
            "--Streams:ApiKeys:0:Brands:0", ReadOnlyBrand,
        ]);
        BaseAddress = host.Address;
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own sessionStorage) on the dashboard page.</summary>
    public async Task<IPage> OpenAsync(int width = 1400, int height = 1100)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }

    public async Task RegisterAsync(string id, string name, string handle, int responseTargetMinutes = 60)
    {
        var response = await Http.PostAsJsonAsync("/api/brands", new { id, name, handles = new[] { "@" + handle }, responseTargetMinutes });
        response.EnsureSuccessStatusCode();
    }

    public async Task IngestAsync(IEnumerable<string> lines)
    {
        var response = await Http.PostAsync("/api/ingest", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"));
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        Http?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
