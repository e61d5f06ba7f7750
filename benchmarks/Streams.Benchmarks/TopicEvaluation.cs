namespace Streams.Benchmarks;

internal static class TopicEvaluation
{
    public static void Print(List<LabelledPost> posts) => Console.WriteLine($"topics: {posts.Count(p => p.Reason is not null)} airline posts with a negativereason (topic agreement pending)");
}
