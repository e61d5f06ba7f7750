using System.CommandLine;
using System.Text.Json;
using Streams.Client.Http;

namespace Streams.Client.Cli;

/// <summary>Turns failures into one clear message on stderr and a non-zero exit code instead of a stack trace.</summary>
public static class CommandGuard
{
    public const int Failure = 1;
    public const int Unreachable = 2;
    public const int Cancelled = 130;

    public static Func<ParseResult, CancellationToken, Task<int>> Wrap(Func<ParseResult, CancellationToken, Task<int>> action) =>
        async (parseResult, cancellationToken) =>
        {
            try
            {
                return await action(parseResult, cancellationToken).ConfigureAwait(false);
            }
            catch (SiloUnreachableException exception)
            {
                await Console.Error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
                return Unreachable;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
                return Cancelled;
            }
            catch (Exception exception) when (exception is ApiException or IOException or FormatException or JsonException
                                                  or ArgumentException or TimeoutException or HttpRequestException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
                return Failure;
            }
        };
}
