using System.Text.Json;

namespace Streams.UnitTests.Client;

internal sealed record GeneratedEvent(int Index, string Kind, JsonElement Root);
