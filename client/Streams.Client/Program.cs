using Streams.Client.Cli;

return await StreamsCommandLine.Parse(args).InvokeAsync();
