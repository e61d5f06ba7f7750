namespace Streams.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] is "train-sentiment" or "tune-sentiment" or "evaluate-text")
        {
            return TextLab.Run(args);
        }
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
