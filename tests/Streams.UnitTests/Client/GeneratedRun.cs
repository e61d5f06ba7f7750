using System.Text;
using System.Text.Json;
using Streams.Client.Generation;

namespace Streams.UnitTests.Client;

internal sealed class GeneratedRun
{
    private GeneratedRun(FirehoseGenerator generator, List<GeneratedEvent> events, List<GeneratedEvent> customerPosts)
    {
        Generator = generator;
        Events = events;
        CustomerPosts = customerPosts;
    }

    public FirehoseGenerator Generator { get; }

    public List<GeneratedEvent> Events { get; }

    /// <summary>Posts not written by a brand account.</summary>
    public List<GeneratedEvent> CustomerPosts { get; }

    public static GeneratedRun Create(FirehoseOptions options)
    {
        var generator = new FirehoseGenerator(options);
        using var stream = new MemoryStream();
        generator.WriteTo(stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        var events = new List<GeneratedEvent>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var root = JsonDocument.Parse(line).RootElement;
            events.Add(new GeneratedEvent(events.Count, root.GetProperty("kind").GetString()!, root));
        }
        var brandHandles = generator.Brands.Select(brand => brand.Handles[0].Handle).ToHashSet();
        var customerPosts = events
            .Where(e => e.Kind == "post" && !brandHandles.Contains(e.Root.GetProperty("author").GetProperty("handle").GetString()!))
            .ToList();
        return new GeneratedRun(generator, events, customerPosts);
    }
}
