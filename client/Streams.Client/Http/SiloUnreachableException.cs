namespace Streams.Client.Http;

public sealed class SiloUnreachableException(Uri baseUrl, Exception inner)
    : Exception(
        $"The silo is not reachable at {baseUrl} ({inner.Message}).{Environment.NewLine}" +
        "Start it with `dotnet run --project silo/Streams.Silo -c Release`, or point the client elsewhere with --url or STREAMS_URL.",
        inner)
{
    public Uri BaseUrl { get; } = baseUrl;
}
