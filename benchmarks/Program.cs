using BenchmarkDotNet.Running;
using Streams.Benchmarks.Load;

namespace Streams.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>load ...</c> runs the end-to-end load test (see <see cref="LoadOptions"/>);
    /// <c>train-sentiment</c>, <c>tune-sentiment</c>, <c>tune-prior</c>, <c>evaluate-text</c> and <c>score-text</c> train, evaluate and inspect the text models
    /// (see <see cref="TextLab"/>); anything else goes to BenchmarkDotNet (<c>--filter '*'</c> runs every micro-benchmark).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load")
        {
            return await LoadCommand.RunAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] is "train-sentiment" or "tune-sentiment" or "tune-prior" or "evaluate-text" or "score-text")
        {
            return TextLab.Run(args);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
