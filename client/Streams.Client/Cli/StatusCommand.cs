using System.CommandLine;
using System.Text.Json;

namespace Streams.Client.Cli;

/// <summary><c>streams status</c>: the silo's pipeline counters.</summary>
public static class StatusCommand
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(ConnectionOptions connection)
    {
        var command = new Command("status", "Show the silo's ingest and processing counters");
        command.SetAction(CommandGuard.Wrap(async (parseResult, cancellationToken) =>
        {
            using var api = connection.CreateClient(parseResult);
            using var status = await api.GetJsonAsync("api/status", cancellationToken).ConfigureAwait(false);
            if (status.RootElement.ValueKind == JsonValueKind.Object)
            {
                var table = new TextTable("COUNTER", "VALUE");
                foreach (var property in status.RootElement.EnumerateObject())
                {
                    table.Add(property.Name, property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt64(out var number)
                        ? number.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                        : property.Value.ToString());
                }
                Console.Write(table.ToString());
            }
            else
            {
                Console.WriteLine(JsonSerializer.Serialize(status.RootElement, Indented));
            }
            return 0;
        }));
        return command;
    }
}
