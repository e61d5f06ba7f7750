using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Streams.Client.Brands;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary><c>streams brands add|list|preview|backtest</c>.</summary>
public static class BrandsCommand
{
    public static Command Create(ConnectionOptions connection)
    {
        var command = new Command("brands", "Register and list brands");
        command.Subcommands.Add(CreateAdd(connection));
        command.Subcommands.Add(CreateList(connection));
        command.Subcommands.Add(BrandPreviewCommand.Create(connection));
        command.Subcommands.Add(BrandBacktestCommand.Create(connection));
        return command;
    }

    /// <summary>"jane", "@jane" (any platform) or "twitter:jane" (one platform).</summary>
    public static BrandHandleSpec ParseHandle(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            ? new BrandHandleSpec(text[..colon].ToLowerInvariant(), text[(colon + 1)..].TrimStart('@'))
            : new BrandHandleSpec(null, text.TrimStart('@'));
    }

    private static Command CreateAdd(ConnectionOptions connection)
    {
        var brand = new BrandOptions();
        var file = new Option<FileInfo?>("--file") { Description = "A JSON array of brand objects to register one by one" };
        var command = new Command("add", "Register a brand (or every brand of --file)") { file };
        brand.AddTo(command);
        command.SetAction(CommandGuard.Wrap(async (parseResult, cancellationToken) =>
        {
            using var api = connection.CreateClient(parseResult);
            if (parseResult.GetValue(file) is { } path)
            {
                using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false));
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    throw new FormatException($"{path.Name} must hold a JSON array of brand objects.");
                }
                var brands = document.RootElement.EnumerateArray().ToArray();
                var chunk = 0;
                foreach (var batch in brands.Chunk(StreamsApiClient.BrandBatchSize))
                {
                    try
                    {
                        await api.PostJsonAsync("api/brands/batch", JsonSerializer.SerializeToUtf8Bytes(batch), cancellationToken).ConfigureAwait(false);
                    }
                    catch (ApiException refused)
                    {
                        // The silo numbers the brands of each request from 0: say where the request started in the file.
                        throw new InvalidOperationException(
                            $"{path.Name}: the brands from #{chunk * StreamsApiClient.BrandBatchSize} on were refused (positions below count from there; "
                            + $"earlier ones are registered): {refused.Message}", refused);
                    }
                    chunk++;
                }
                Console.WriteLine($"registered {brands.Length} brands from {path.Name}");
                return 0;
            }
            var registration = brand.Read(parseResult, "--file");
            await api.PostBrandAsync(registration, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"registered brand {registration.Id}");
            return 0;
        }));
        return command;
    }

    private static Command CreateList(ConnectionOptions connection)
    {
        var command = new Command("list", "List the registered brands");
        command.SetAction(CommandGuard.Wrap(async (parseResult, cancellationToken) =>
        {
            using var api = connection.CreateClient(parseResult);
            using var document = await api.GetJsonAsync("api/brands", cancellationToken).ConfigureAwait(false);
            var table = new TextTable("ID", "NAME", "HANDLES", "ALIASES", "LANGS", "TARGET", "MENTIONS");
            foreach (var brand in document.RootElement.EnumerateArray())
            {
                table.Add(
                    Text(brand, "id"),
                    Text(brand, "name"),
                    Join(brand, "handles", FormatHandle),
                    Join(brand, "aliases", alias => alias.ToString()),
                    Join(brand, "languages", language => language.ToString()),
                    Text(brand, "responseTargetMinutes") is { Length: > 0 } minutes ? minutes + " min" : "",
                    brand.TryGetProperty("mentionCount", out var mentions) && mentions.ValueKind == JsonValueKind.Number
                        ? mentions.GetInt64().ToString("N0", CultureInfo.InvariantCulture)
                        : "");
            }
            Console.Write(table.ToString());
            Console.WriteLine($"{table.RowCount} brands");
            return 0;
        }));
        return command;
    }

    /// <summary>"@jane" for a handle on every platform, "twitter:@jane" for one on a single platform.</summary>
    public static string FormatHandle(JsonElement handle)
    {
        if (handle.ValueKind != JsonValueKind.Object)
        {
            return "@" + handle.ToString().TrimStart('@');
        }
        var platform = Text(handle, "platform");
        var name = "@" + Text(handle, "handle").TrimStart('@');
        return platform.Length == 0 ? name : $"{platform}:{name}";
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : "";

    private static string Join(JsonElement element, string property, Func<JsonElement, string> format) =>
        element.TryGetProperty(property, out var values) && values.ValueKind == JsonValueKind.Array
            ? string.Join(", ", values.EnumerateArray().Select(format))
            : "";
}
