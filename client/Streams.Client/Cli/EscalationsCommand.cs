using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Streams.Client.Escalations;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary><c>streams escalations</c>: a table of escalations, or a live feed with --follow.</summary>
public static class EscalationsCommand
{
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(10);

    public static Command Create(ConnectionOptions connection)
    {
        var brand = new Option<string?>("--brand") { Description = "Only this brand id (default: all brands)" };
        var status = new Option<string>("--status") { Description = "open, resolved or all", DefaultValueFactory = _ => "open" };
        status.AcceptOnlyFromAmong("open", "resolved", "all");
        var follow = new Option<bool>("--follow", "-f") { Description = "Print escalations live as they are raised (reconnects on disconnect)" };
        var command = new Command("escalations", "List escalations, or follow them live") { brand, status, follow };
        command.SetAction(CommandGuard.Wrap(async (parseResult, cancellationToken) =>
        {
            using var api = connection.CreateClient(parseResult);
            string? brandId = parseResult.GetValue(brand);
            return parseResult.GetValue(follow)
                ? await FollowAsync(api, brandId, cancellationToken).ConfigureAwait(false)
                : await ListAsync(api, brandId, parseResult.GetValue(status) ?? "open", cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> ListAsync(StreamsApiClient api, string? brandId, string status, CancellationToken cancellationToken)
    {
        var brandIds = new List<string>();
        if (brandId is not null)
        {
            brandIds.Add(brandId);
        }
        else
        {
            using var brands = await api.GetJsonAsync("api/brands", cancellationToken).ConfigureAwait(false);
            foreach (var item in brands.RootElement.EnumerateArray())
            {
                if (item.TryGetProperty("id", out var id))
                {
                    brandIds.Add(id.ToString());
                }
            }
        }
        var escalations = new List<EscalationView>();
        foreach (var id in brandIds)
        {
            using var document = await api.GetJsonAsync($"api/brands/{Uri.EscapeDataString(id)}/escalations?status={status}", cancellationToken).ConfigureAwait(false);
            foreach (var item in document.RootElement.EnumerateArray())
            {
                escalations.Add(EscalationView.FromJson(item));
            }
        }
        var table = new TextTable("RAISED (UTC)", "SEVERITY", "BRAND", "POST", "AUTHOR", "SCORE", "STATUS", "REASONS");
        foreach (var escalation in escalations.OrderByDescending(escalation => escalation.RaisedAt))
        {
            table.Add(
                escalation.RaisedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "",
                escalation.Severity,
                escalation.BrandId,
                escalation.PostId,
                escalation.AuthorId,
                escalation.Score.ToString("0.00", CultureInfo.InvariantCulture),
                escalation.Status,
                string.Join("; ", escalation.Reasons));
        }
        Console.Write(table.ToString());
        Console.WriteLine($"{escalations.Count} {status} escalations across {brandIds.Count} brands");
        return 0;
    }

    private static async Task<int> FollowAsync(StreamsApiClient api, string? brandId, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var response = await api.OpenStreamAsync("api/escalations/stream", cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"following escalations at {api.BaseUrl} (Ctrl+C to stop)").ConfigureAwait(false);
                delay = TimeSpan.FromSeconds(1);
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await foreach (var serverEvent in ServerSentEventParser.ReadAsync(stream, cancellationToken).ConfigureAwait(false))
                {
                    if (serverEvent.EventType == "dropped")
                    {
                        await Console.Error.WriteLineAsync("the feed dropped escalations this client read too slowly (" + serverEvent.Data + "); list the open ones with `streams escalations --brand ID`").ConfigureAwait(false);
                        continue;
                    }
                    if (serverEvent.EventType != "escalation")
                    {
                        continue;
                    }
                    EscalationView escalation;
                    try
                    {
                        escalation = EscalationView.Parse(serverEvent.Data);
                    }
                    catch (JsonException)
                    {
                        await Console.Error.WriteLineAsync("skipped an escalation event that is not JSON: " + serverEvent.Data).ConfigureAwait(false);
                        continue;
                    }
                    if (brandId is null || string.Equals(escalation.BrandId, brandId, StringComparison.OrdinalIgnoreCase))
                    {
                        Console.WriteLine(escalation.ToFollowLine());
                    }
                }
                await Console.Error.WriteLineAsync($"the stream ended; reconnecting in {delay.TotalSeconds:0} s").ConfigureAwait(false);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                                              && exception is SiloUnreachableException or HttpRequestException or IOException)
            {
                await Console.Error.WriteLineAsync($"disconnected ({exception.Message.Split(Environment.NewLine)[0]}); retrying in {delay.TotalSeconds:0} s").ConfigureAwait(false);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
            }
        }
        return 0;
    }
}
