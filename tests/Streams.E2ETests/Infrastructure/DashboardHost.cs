using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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

    private WebApplication? app;
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
        app = StreamsHost.Build([
            "--urls", "http://127.0.0.1:0",
            "--Streams:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Streams:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Streams:FlushIntervalMilliseconds", "50",
            "--Logging:LogLevel:Default", "Warning",
            "--STREAMS_ADMIN_KEY", AdminKey,
            "--Streams:ApiKeys:0:Key", ReadOnlyKey,
            "--Streams:ApiKeys:0:Scopes:0", "read",
            "--Streams:ApiKeys:0:Brands:0", ReadOnlyBrand,
        ]);
        await app.StartAsync();
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
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
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
