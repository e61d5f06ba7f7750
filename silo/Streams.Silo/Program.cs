using Streams.Silo.Hosting;

var app = StreamsHost.Build(args);
await app.RunAsync();
