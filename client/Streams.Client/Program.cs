using Streams.Client.Cli;

return await StreamsCommandLine.Create().Parse(args).InvokeAsync();
