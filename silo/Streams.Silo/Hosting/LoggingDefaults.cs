namespace Streams.Silo.Hosting;

/// <summary>
/// Log levels the host sets when the configuration says nothing about them.
/// </summary>
public static class LoggingDefaults
{
    /// <summary>
    /// Orleans places every new activation through a Polly resilience pipeline, and Polly logs each
    /// execution at Information: two entries for every first-time author. The demo firehose made
    /// about 60 lines a second of them, and a firehose of new authors would spend its time writing
    /// to the console. Failures are still logged (Warning and above). A
    /// <c>Logging:LogLevel:Polly</c> setting wins over this default.
    /// </summary>
    public const string ResilienceCategory = "Polly";

    public static void Apply(WebApplicationBuilder builder)
    {
        if (builder.Configuration[$"Logging:LogLevel:{ResilienceCategory}"] is null)
        {
            builder.Logging.AddFilter(ResilienceCategory, LogLevel.Warning);
        }
    }
}
