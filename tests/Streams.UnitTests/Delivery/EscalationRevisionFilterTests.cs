using Streams.Abstractions.Escalations;
using Streams.Domain.Escalations;
using Xunit;

namespace Streams.UnitTests.Delivery;

public sealed class EscalationRevisionFilterTests
{
    [Fact]
    public void Each_revision_passes_once_and_older_ones_never()
    {
        var filter = new EscalationRevisionFilter();
        var first = Sample("b:p1", 1);

        Assert.True(filter.IsNew(first));
        Assert.False(filter.IsNew(first));
        Assert.True(filter.IsNew(Sample("b:p1", 2)));
        Assert.False(filter.IsNew(first));
        Assert.True(filter.IsNew(Sample("b:p2", 1)));
    }

    [Fact]
    public void Only_the_most_recent_escalations_are_remembered()
    {
        var filter = new EscalationRevisionFilter(capacity: 2);
        filter.IsNew(Sample("b:p1", 1));
        filter.IsNew(Sample("b:p2", 1));
        filter.IsNew(Sample("b:p3", 1));

        Assert.True(filter.IsNew(Sample("b:p1", 1)));
        Assert.False(filter.IsNew(Sample("b:p3", 1)));
    }

    private static Escalation Sample(string id, int revision) => new(
        id, "b", id[2..], "author", 2, 10, [], EscalationStatus.Open,
        DateTime.UnixEpoch, DateTime.UnixEpoch, null, DateTime.UnixEpoch, revision, 5, 100, 1_000, 3, null);
}
