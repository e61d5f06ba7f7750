using Streams.Domain.Text;

namespace Streams.Benchmarks;

/// <summary>
/// Agreement of <see cref="AirlineTopics"/> with the airline set's negativereason column (negative tweets with a
/// reason other than "Can't Tell"): how often any topic fires, how often the labelled reason is among the topics
/// found, and how often it is the only one. Measured only; the rules were not fitted to this set.
/// </summary>
internal static class TopicEvaluation
{
    private static readonly Dictionary<string, string> ReasonToTopic = new(StringComparer.Ordinal)
    {
        ["Late Flight"] = "late-flight",
        ["Cancelled Flight"] = "cancelled-flight",
        ["Lost Luggage"] = "lost-luggage",
        ["Damaged Luggage"] = "damaged-luggage",
        ["Customer Service Issue"] = "customer-service",
        ["Flight Booking Problems"] = "booking-problems",
        ["Flight Attendant Complaints"] = "flight-attendants",
        ["Bad Flight"] = "bad-flight",
        ["longlines"] = "long-lines",
    };

    public static void Print(List<LabelledPost> posts)
    {
        var taxonomy = TopicTaxonomy.Compile(AirlineTopics.All);
        var labelled = posts.Where(p => p.Reason is not null && ReasonToTopic.ContainsKey(p.Reason)).ToList();
        int any = 0, hit = 0, exact = 0;
        var perReason = new Dictionary<string, (int Total, int Hit)>(StringComparer.Ordinal);
        foreach (var post in labelled)
        {
            var mask = taxonomy.Match(post.Text);
            var wanted = taxonomy.Bit(ReasonToTopic[post.Reason!]);
            any += mask != 0 ? 1 : 0;
            var found = (mask & wanted) != 0;
            hit += found ? 1 : 0;
            exact += mask == wanted ? 1 : 0;
            var (total, hits) = perReason.GetValueOrDefault(post.Reason!);
            perReason[post.Reason!] = (total + 1, hits + (found ? 1 : 0));
        }
        Console.WriteLine();
        Console.WriteLine($"airline topics vs negativereason ({labelled.Count} negative tweets with a reason other than \"Can't Tell\"):");
        Console.WriteLine($"  any topic found {Share(any, labelled.Count)}   labelled reason among topics {Share(hit, labelled.Count)}   reason is the only topic {Share(exact, labelled.Count)}");
        foreach (var (reason, (total, hits)) in perReason.OrderByDescending(p => p.Value.Total))
        {
            Console.WriteLine($"  {reason,-28}{total,6}  found {Share(hits, total)}");
        }
    }

    private static string Share(int part, int whole) => whole == 0 ? "n/a" : $"{(double)part / whole:F3}";
}
