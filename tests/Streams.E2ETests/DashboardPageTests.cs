using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Streams.E2ETests.Infrastructure;
using static Streams.E2ETests.Infrastructure.Firehose;

namespace Streams.E2ETests;

/// <summary>The brand dashboard in headless Chromium against a running silo.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardPageTests(DashboardHost host)
{
    private static readonly DateTime T0 = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Generous: two cores shared with builds. The page itself reacts to the feed at once.</summary>
    private const float WaitMs = 20_000;

    [Fact]
    public async Task An_escalation_appears_live_and_leaves_when_marked_answered()
    {
        await host.RegisterAsync("e2e-live", "Live Air", "LiveAirCare");
        var page = await host.OpenAsync();
        await SignInAsync(page, DashboardHost.AdminKey);
        await page.SelectOptionAsync("#brand", "e2e-live");
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("live", new() { Timeout = WaitMs });
        await Assertions.Expect(page.Locator("#no-escalations")).ToBeVisibleAsync();

        await host.IngestAsync(Spreading("live-1", "@LiveAirCare you charged me twice, terrible service, nobody answers", "angry-flyer", T0));

        var card = page.Locator("[data-escalation-id='e2e-live:live-1']");
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = WaitMs });
        await Assertions.Expect(card).ToContainTextAsync("charged me twice");
        await Assertions.Expect(card).ToContainTextAsync("reshares");
        Assert.True(await card.Locator("ul li").CountAsync() > 0, "the escalation shows its reasons");

        await card.Locator("[data-testid=answer]").ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0, new() { Timeout = WaitMs });
        await Assertions.Expect(page.Locator("#no-escalations")).ToBeVisibleAsync();

        var post = await host.Http.GetFromJsonAsync<JsonElement>("/api/posts/live-1", TestContext.Current.CancellationToken);
        Assert.True(post.GetProperty("answered").GetBoolean());
        Assert.Equal("e2e-live", Assert.Single(post.GetProperty("answers").EnumerateArray()).GetProperty("brandId").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_key_keeps_the_login_and_a_brand_key_sees_only_its_brand()
    {
        await host.RegisterAsync(DashboardHost.ReadOnlyBrand, "Visible Co", "VisibleCare");
        await host.RegisterAsync("e2e-hidden", "Hidden Co", "HiddenCare");
        var page = await host.OpenAsync();
        await Assertions.Expect(page.Locator("#login")).ToBeVisibleAsync();

        await SignInAsync(page, "not-a-key", expectBoard: false);
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("refused", new() { Timeout = WaitMs });
        await Assertions.Expect(page.Locator("#board")).ToBeHiddenAsync();

        await SignInAsync(page, DashboardHost.ReadOnlyKey);
        var options = await page.Locator("#brand option").AllTextContentsAsync();
        Assert.Equal(["Visible Co"], options);

        // The key survives a reload (sessionStorage) and signing out forgets it.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#board")).ToBeVisibleAsync(new() { Timeout = WaitMs });
        await page.ClickAsync("#sign-out");
        await Assertions.Expect(page.Locator("#login")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_board_shows_volume_sentiment_response_times_spreading_posts_and_authors_and_is_captured_for_the_docs()
    {
        await host.RegisterAsync("e2e-northwind", "Northwind Air", "NorthwindCare", responseTargetMinutes: 30);
        await host.IngestAsync(BusyHour());

        var page = await host.OpenAsync();
        await SignInAsync(page, DashboardHost.AdminKey);
        await page.SelectOptionAsync("#brand", "e2e-northwind");
        await Assertions.Expect(page.Locator("[data-escalation-id='e2e-northwind:nw-bags']")).ToBeVisibleAsync(new() { Timeout = WaitMs });
        await Assertions.Expect(page.Locator("#spreading tr").First).ToBeVisibleAsync(new() { Timeout = WaitMs });
        await Assertions.Expect(page.Locator("#resharable li").First).ToBeVisibleAsync(new() { Timeout = WaitMs });
        await Assertions.Expect(page.Locator("#kpi-rate")).Not.ToHaveTextAsync("0 %", new() { Timeout = WaitMs });

        Assert.Equal(60, await page.Locator("#chart rect").CountAsync());
        Assert.NotEqual("–", await page.Locator("#kpi-frt").TextContentAsync());
        Assert.True(await page.Locator("#authors tr").CountAsync() > 0);
        Assert.True(await page.Locator("#sentiment-bar div").CountAsync() == 3);
        // The complaints mention delays, refunds and luggage: the issue topics the pipeline finds show up.
        await Assertions.Expect(page.Locator("#topics-card")).ToBeVisibleAsync(new() { Timeout = WaitMs });
        Assert.True(await page.Locator("#topics li").CountAsync() > 0);

        await ScreenshotAsync(page, "dashboard.png");
        await page.Context.CloseAsync();

        var login = await host.OpenAsync(900, 500);
        await ScreenshotAsync(login, "dashboard-login.png");
        await login.Context.CloseAsync();
    }

    private static async Task SignInAsync(IPage page, string key, bool expectBoard = true)
    {
        await page.FillAsync("[data-testid=api-key]", key);
        await page.ClickAsync("[data-testid=sign-in]");
        if (expectBoard)
        {
            await Assertions.Expect(page.Locator("#board")).ToBeVisibleAsync(new() { Timeout = WaitMs });
        }
    }

    /// <summary>
    /// Into the test output always; into docs/ when STREAMS_UPDATE_SCREENSHOTS=1, so a plain test
    /// run leaves the repository unchanged.
    /// </summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var bytes = await page.ScreenshotAsync(new() { FullPage = true });
        Assert.True(bytes.Length > 10_000, "the screenshot has content");
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, name), bytes, TestContext.Current.CancellationToken);
        if (Environment.GetEnvironmentVariable("STREAMS_UPDATE_SCREENSHOTS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepositoryRoot(), "docs", name), bytes, TestContext.Current.CancellationToken);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Streams.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Streams.sln not found above the test output");
    }

    /// <summary>An hour of one airline's mentions: complaints, praise, questions, answers by its care account, two spreading complaints and a spreading compliment.</summary>
    private static IEnumerable<string> BusyHour()
    {
        string[] negative = ["@NorthwindCare my flight is delayed again and nobody tells us anything", "@NorthwindCare still waiting for my refund, awful", "@NorthwindCare lost my bag, terrible experience"];
        string[] neutral = ["@NorthwindCare what is the baggage allowance to Lisbon?", "@NorthwindCare is the 9:40 to Oslo on time?", "@NorthwindCare can I change my seat online?"];
        string[] positive = ["@NorthwindCare great crew today, thank you!", "@NorthwindCare lovely flight, love the new seats", "@NorthwindCare thanks for the quick help, brilliant"];
        for (var i = 0; i < 180; i++)
        {
            var at = T0.AddSeconds(i * 20 + (i % 7) * 3);
            var pool = (i % 5) switch { 0 or 1 => negative, 2 or 3 => neutral, _ => positive };
            var id = $"nw-{i}";
            yield return Post(id, pool[i % 3], $"traveller-{i % 60}", at, followers: 50 + (i * 37 % 4000));
            if (i % 3 == 0)
            {
                yield return Post($"nw-answer-{i}", "@traveller we're on it, sorry for the trouble", "northwind-care", at.AddMinutes(4 + (i % 10)), 90_000, inReplyTo: id, handle: "NorthwindCare");
            }
        }
        foreach (var line in Spreading("nw-bags", "@NorthwindCare lost my bag in Lisbon and your agents hung up on me, disgraceful", "maria-travels", T0.AddMinutes(40), followers: 48_000))
        {
            yield return line;
        }
        foreach (var line in Spreading("nw-refund", "@NorthwindCare six weeks and still no refund, terrible", "jon-doe", T0.AddMinutes(45), followers: 2_000, reposts: 12))
        {
            yield return line;
        }
        yield return Post("nw-love", "Huge thanks @NorthwindCare for getting my grandmother home, wonderful crew!", "happy-family", T0.AddMinutes(50), followers: 3_000);
        for (var i = 0; i < 15; i++)
        {
            yield return Repost($"nw-love-r{i}", "nw-love", $"fan-love-{i}", T0.AddMinutes(51).AddSeconds(i * 20));
        }
    }
}
