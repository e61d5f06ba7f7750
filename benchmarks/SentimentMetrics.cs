namespace Streams.Benchmarks;

/// <summary>
/// Accuracy, per-class F1 and macro-F1 of three-class predictions, with the confusion counts behind them
/// (<see cref="Confusion"/>[label * 3 + predicted]), so a table can say which way a scorer errs.
/// </summary>
internal sealed record SentimentMetrics(int Count, double Accuracy, double NegativeF1, double MacroF1, int[] Confusion)
{
    /// <summary>The confusion counts as "label: predicted neg/neu/pos" rows, one line.</summary>
    public string ConfusionText =>
        $"neg {Confusion[0]}/{Confusion[1]}/{Confusion[2]}  neu {Confusion[3]}/{Confusion[4]}/{Confusion[5]}  pos {Confusion[6]}/{Confusion[7]}/{Confusion[8]}";

    public static SentimentMetrics Of(IReadOnlyList<int> labels, IReadOnlyList<int> predicted)
    {
        var correct = 0;
        var f1 = new double[3];
        var confusion = new int[9];
        for (var i = 0; i < labels.Count; i++)
        {
            correct += labels[i] == predicted[i] ? 1 : 0;
            confusion[labels[i] * 3 + predicted[i]]++;
        }
        for (var k = 0; k < 3; k++)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < labels.Count; i++)
            {
                tp += labels[i] == k && predicted[i] == k ? 1 : 0;
                fp += labels[i] != k && predicted[i] == k ? 1 : 0;
                fn += labels[i] == k && predicted[i] != k ? 1 : 0;
            }
            f1[k] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return new SentimentMetrics(labels.Count, (double)correct / labels.Count, f1[0], f1.Average(), confusion);
    }

    public static int ToLabel(double score) => score <= -0.05 ? 0 : score >= 0.05 ? 2 : 1;
}
