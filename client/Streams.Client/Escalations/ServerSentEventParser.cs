using System.Text;

namespace Streams.Client.Escalations;

/// <summary>
/// Line-by-line Server-Sent Events parsing: "event:" and "data:" fields accumulate until a blank line
/// dispatches them; lines starting with ':' are keep-alive comments.
/// </summary>
public sealed class ServerSentEventParser
{
    private readonly StringBuilder _data = new();
    private string? _eventType;
    private bool _hasData;

    /// <summary>Feeds one line (without its line break); returns an event when the line completes one.</summary>
    public ServerSentEvent? Feed(string line)
    {
        if (line.Length == 0)
        {
            if (!_hasData)
            {
                _eventType = null;
                return null;
            }
            var completed = new ServerSentEvent(_eventType ?? "message", _data.ToString());
            _data.Clear();
            _hasData = false;
            _eventType = null;
            return completed;
        }
        if (line[0] == ':')
        {
            return null;
        }
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        string field = colon < 0 ? line : line[..colon];
        string value = colon < 0 ? "" : line[(colon + 1)..];
        if (value.StartsWith(' '))
        {
            value = value[1..];
        }
        switch (field)
        {
            case "event":
                _eventType = value;
                break;
            case "data":
                if (_hasData)
                {
                    _data.Append('\n');
                }
                _data.Append(value);
                _hasData = true;
                break;
        }
        return null;
    }

    /// <summary>Reads events until the stream ends.</summary>
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(
        Stream stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var parser = new ServerSentEventParser();
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (parser.Feed(line) is { } serverEvent)
            {
                yield return serverEvent;
            }
        }
    }
}
