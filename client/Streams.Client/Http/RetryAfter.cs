using System.Net.Http.Headers;

namespace Streams.Client.Http;

/// <summary>How long to wait before resending a request the silo refused for back-pressure.</summary>
public static class RetryAfter
{
    /// <summary>Used when the server sends no usable Retry-After header.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);

    /// <summary>A floor so "Retry-After: 0" does not turn into a tight resend loop.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);

    /// <summary>A cap so a wrong header cannot park the client for hours.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromSeconds(60);

    public static TimeSpan From(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        TimeSpan wait = Default;
        if (header?.Delta is { } delta)
        {
            wait = delta;
        }
        else if (header?.Date is { } date)
        {
            wait = date - now;
        }
        if (wait < Minimum)
        {
            wait = Minimum;
        }
        return wait > Maximum ? Maximum : wait;
    }
}
