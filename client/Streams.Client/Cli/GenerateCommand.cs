using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Streams.Client.Brands;
using Streams.Client.Generation;
using Streams.Client.Http;
using Streams.Client.Ingest;
using Streams.Client.Timing;

namespace Streams.Client.Cli;

/// <summary><c>streams generate</c>: a synthetic firehose to a file or, paced in wall-clock time, to the silo.</summary>
public static class GenerateCommand
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    public static Command Create(ConnectionOptions connection)
    {
        var rate = new Option<int>("--rate") { Description = "Events per second (event time; also the send rate to the silo)", DefaultValueFactory = _ => 1_000 };
        var duration = new Option<double>("--duration") { Description = "Seconds of event time to generate", DefaultValueFactory = _ => 60 };
        var brands = new Option<int>("--brands") { Description = "Number of brands", DefaultValueFactory = _ => 20 };
        var authors = new Option<int>("--authors") { Description = "Number of distinct authors", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed; the same seed and options give the same events (default: random, printed)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write NDJSON to this file instead of sending to the silo" };
        var brandsOut = new Option<FileInfo?>("--brands-out") { Description = "With --out: where to write the brand registrations (default: next to --out, .brands.json)" };
        var start = new Option<string?>("--start") { Description = "Event time of the first event, ISO-8601 (default: now, to the second)" };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight when sending", DefaultValueFactory = _ => 4 };
        var noRegister = new Option<bool>("--no-register-brands") { Description = "Do not register the generated brands before sending" };

        var command = new Command("generate", "Generate a realistic synthetic firehose (deterministic for a seed)")
        {
            rate, duration, brands, authors, seed, output, brandsOut, start, concurrency, noRegister,
        };
        command.SetAction(CommandGuard.Wrap(async (parseResult, cancellationToken) =>
        {
            ulong seedValue = parseResult.GetValue(seed) ?? (ulong)Random.Shared.NextInt64(1, int.MaxValue);
            var options = new FirehoseOptions
            {
                Rate = parseResult.GetValue(rate),
                DurationSeconds = parseResult.GetValue(duration),
                Brands = parseResult.GetValue(brands),
                Authors = parseResult.GetValue(authors),
                Seed = seedValue,
                Start = ParseStart(parseResult.GetValue(start)),
            };
            options.Validate();
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generating {options.TotalEvents:N0} events at {options.Rate:N0}/s, {options.Brands:N0} brands, {options.Authors:N0} authors, seed {seedValue}, start {options.Start:O}")).ConfigureAwait(false);
            var generator = new FirehoseGenerator(options);

            if (parseResult.GetValue(output) is { } file)
            {
                await WriteFileAsync(generator, file, parseResult.GetValue(brandsOut), cancellationToken).ConfigureAwait(false);
                return 0;
            }
            using var api = connection.CreateClient(parseResult);
            if (!parseResult.GetValue(noRegister))
            {
                await BrandRegistrar.RegisterAsync(api, generator.Brands, cancellationToken).ConfigureAwait(false);
            }
            var tally = new IngestTally();
            var sink = new HttpIngestSink(api, tally, parseResult.GetValue(concurrency));
            TimeSpan elapsed;
            await using (var progress = new ProgressDisplay(tally, api, generator.TotalEvents))
            {
                await SendPacedAsync(generator, sink, new SystemPacingClock(), cancellationToken).ConfigureAwait(false);
                elapsed = progress.Elapsed;
            }
            IngestSummary.Print(Console.Out, tally, api, elapsed, "event");
            Console.WriteLine(generator.Counts);
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Every ~100 ms, generates the events due by then (rate x elapsed) and submits them in requests
    /// within the silo's limits. When the silo pushes back the generator falls behind wall-clock time
    /// and catches up as fast as it is let; event time is unaffected.
    /// </summary>
    public static async Task SendPacedAsync(FirehoseGenerator generator, IIngestSink sink, IPacingClock clock, CancellationToken cancellationToken)
    {
        var builder = new IngestBatchBuilder(IngestBatchBuilder.MaxLinesPerRequest);
        var begin = clock.Elapsed;
        while (!generator.IsFinished)
        {
            double elapsedSeconds = (clock.Elapsed - begin).TotalSeconds;
            long due = Math.Min(generator.TotalEvents, (long)((elapsedSeconds + Tick.TotalSeconds) * generator.Options.Rate));
            while (generator.Position < due)
            {
                long eventNumber = generator.Position + 1;
                generator.WriteNext(builder);
                builder.CompleteLine(eventNumber);
                if (builder.IsFull)
                {
                    await sink.SubmitAsync(builder.Build(), cancellationToken).ConfigureAwait(false);
                }
            }
            if (builder.LineCount > 0)
            {
                await sink.SubmitAsync(builder.Build(), cancellationToken).ConfigureAwait(false);
            }
            if (generator.IsFinished)
            {
                break;
            }
            var nextTick = begin + TimeSpan.FromSeconds((double)generator.Position / generator.Options.Rate);
            await clock.DelayAsync(nextTick - clock.Elapsed, cancellationToken).ConfigureAwait(false);
        }
        await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteFileAsync(FirehoseGenerator generator, FileInfo file, FileInfo? brandsFile, CancellationToken cancellationToken)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        long written;
        await using (var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            written = await Task.Run(() => generator.WriteTo(stream, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        double seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001);
        var brandsPath = brandsFile?.FullName ?? Path.ChangeExtension(file.FullName, ".brands.json");
        await using (var brandsStream = File.Create(brandsPath))
        {
            await using var writer = new Utf8JsonWriter(brandsStream, new JsonWriterOptions { Indented = true });
            writer.WriteStartArray();
            foreach (var brand in generator.Brands)
            {
                BrandJson.Write(writer, brand);
            }
            writer.WriteEndArray();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {written:N0} events to {file.FullName} in {seconds:0.00} s ({written / seconds:N0} lines/s); brands in {brandsPath}"));
        Console.WriteLine(generator.Counts);
    }

    private static DateTime ParseStart(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            var now = DateTime.UtcNow;
            return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            throw new ArgumentException($"--start '{text}' is not an ISO-8601 time.");
        }
        return start.UtcDateTime;
    }
}
