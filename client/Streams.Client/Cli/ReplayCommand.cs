using System.CommandLine;
using System.Text.Json;
using Streams.Client.Ingest;
using Streams.Client.Replay;
using Streams.Client.Timing;
using Streams.Client.Twcs;

namespace Streams.Client.Cli;

/// <summary><c>streams replay FILE</c>: sends an NDJSON file or the TWCS CSV to the silo, paced or flat out.</summary>
public static class ReplayCommand
{
    public static Command Create(ConnectionOptions connection)
    {
        var file = new Argument<FileInfo>("file") { Description = "NDJSON events (one per line), or the Customer Support on Twitter CSV (.csv or its header)" };
        var speed = new Option<double?>("--speed") { Description = "Replay at N times event time (gaps between createdAt divided by N)" };
        var max = new Option<bool>("--max") { Description = "Send as fast as the silo accepts (the default when --speed is not given)" };
        var batch = new Option<int>("--batch")
        {
            Description = $"Events per request (at most {IngestBatchBuilder.MaxLinesPerRequest:N0})",
            DefaultValueFactory = _ => ReplayOptions.DefaultBatchSize,
        };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Requests in flight (more is faster, but batches may arrive out of order)",
            DefaultValueFactory = _ => 1,
        };
        var wait = new Option<bool>("--wait") { Description = "After sending, wait until the silo has processed everything it accepted" };
        var noRegister = new Option<bool>("--no-register-brands") { Description = "TWCS only: do not register the brand accounts first" };

        var command = new Command("replay", "Replay events from a file into the silo")
        {
            file, speed, max, batch, concurrency, wait, noRegister,
        };
        command.SetAction(CommandGuard.Wrap(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            double? speedValue = parseResult.GetValue(speed);
            if (speedValue is not null && parseResult.GetValue(max))
            {
                throw new ArgumentException("--speed and --max exclude each other.");
            }
            if (speedValue is <= 0)
            {
                throw new ArgumentException("--speed must be positive.");
            }
            int batchSize = parseResult.GetValue(batch);
            if (batchSize is < 1 or > IngestBatchBuilder.MaxLinesPerRequest)
            {
                throw new ArgumentException($"--batch must be between 1 and {IngestBatchBuilder.MaxLinesPerRequest}.");
            }
            if (!path.Exists)
            {
                throw new FileNotFoundException($"No such file: {path.FullName}");
            }

            using var api = connection.CreateClient(parseResult);
            IEnumerable<ReplayRecord> records;
            long total;
            string sourceName = "line";
            if (IsTwcs(path))
            {
                var rows = TwcsReader.ReadFile(path.FullName);
                if (!parseResult.GetValue(noRegister))
                {
                    await BrandRegistrar.RegisterAsync(api, TwcsConverter.BrandRegistrations(rows), cancellationToken).ConfigureAwait(false);
                }
                records = TwcsConverter.ToReplayRecords(rows);
                total = rows.Count;
                sourceName = "CSV line";
            }
            else
            {
                records = ReadNdjson(path);
                total = 0;
            }

            var tally = new IngestTally();
            var sink = new HttpIngestSink(api, tally, parseResult.GetValue(concurrency));
            var runner = new ReplayRunner(sink, new SystemPacingClock(), new ReplayOptions(speedValue, batchSize, ReplayOptions.DefaultFlushInterval));
            TimeSpan elapsed;
            await using (var progress = new ProgressDisplay(tally, api, total))
            {
                await runner.RunAsync(records, cancellationToken).ConfigureAwait(false);
                elapsed = progress.Elapsed;
            }
            IngestSummary.Print(Console.Out, tally, api, elapsed, sourceName);
            if (parseResult.GetValue(wait))
            {
                var status = await StatusWaiter.WaitUntilProcessedAsync(api, Console.Error, cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync().ConfigureAwait(false);
                Console.WriteLine(JsonSerializer.Serialize(status, StatusCommand.Indented));
            }
            return 0;
        }));
        return command;
    }

    private static bool IsTwcs(FileInfo path)
    {
        if (path.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        using var reader = new StreamReader(path.FullName);
        return TwcsReader.IsTwcsHeader(reader.ReadLine());
    }

    private static IEnumerable<ReplayRecord> ReadNdjson(FileInfo path)
    {
        using var reader = new StreamReader(path.FullName, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        foreach (var record in NdjsonReplaySource.Read(reader))
        {
            yield return record;
        }
    }
}
