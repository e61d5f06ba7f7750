using System.Text.Json;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Escalations;
using Streams.Domain.Brands;
using Xunit;

namespace Streams.UnitTests.Brands;

public sealed class BrandAggregateSnapshotTests
{
    private static readonly DateTime T0 = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static BrandUpdate Update(
        BrandMention[]? mentions = null, BrandAnswer[]? answers = null, Escalation[]? escalations = null,
        PostSpread[]? spreading = null, AuthorInfluence[]? authors = null, int ownPosts = 0) =>
        new(mentions ?? [], answers ?? [], escalations ?? [], spreading ?? [], authors ?? [], ownPosts);

    private static Escalation Escalation(string postId, int revision, EscalationStatus status, double minute) =>
        new(Abstractions.Escalations.Escalation.IdFor("acme", postId), "acme", postId, "jane", 2, 61.5, ["23 reshares", "negative"], status,
            T0.AddMinutes(minute), T0.AddMinutes(minute), status == EscalationStatus.Open ? null : T0.AddMinutes(minute + 30),
            T0.AddMinutes(minute + 1), revision, 44.25, 48_000, 120_000, 23, "text " + postId);

    /// <summary>A brand that has seen every kind of update: volume over hours, answers, escalations in every status, top lists, topics and intents.</summary>
    internal static BrandAggregate BusyBrand(int closedKept = 0)
    {
        var brand = new BrandAggregate("acme");
        for (var i = 0; i < 300; i++)
        {
            var minute = i * 0.37 + (i % 7) * 11;
            brand.Apply(Update(
                mentions: [new BrandMention("p" + i, "u" + (i % 40), T0.AddMinutes(minute), Math.Sin(i) * 0.9,
                    i % 3 == 0 ? ["delivery", "billing-pricing"] : i % 5 == 0 ? ["outage-technical"] : null, i % 64)],
                answers: i % 4 == 0 ? [new BrandAnswer("p" + i, T0.AddMinutes(minute + 3), TimeSpan.FromSeconds(37 * (i % 13) + 0.125))] : [],
                spreading: [new PostSpread("p" + i, (i * 7.3) % 97, i % 11, 1_000 + i, T0.AddMinutes(minute), "text " + i)],
                authors: [new AuthorInfluence("u" + (i % 40), i % 2 == 0 ? "h" + i : null, (i * 3.1) % 100, 10 * i)],
                ownPosts: i % 9 == 0 ? 1 : 0));
        }
        // A late, earlier answer shrinks a post's first response.
        brand.Apply(Update(answers: [new BrandAnswer("p8", T0.AddMinutes(5), TimeSpan.FromSeconds(1))]));
        brand.Apply(Update(escalations: [
            Escalation("e1", 1, EscalationStatus.Open, 10),
            Escalation("e2", 1, EscalationStatus.Open, 20),
            Escalation("e3", 1, EscalationStatus.Open, 30),
            Escalation("e4", 1, EscalationStatus.Open, 40),
        ]));
        brand.Apply(Update(escalations: [
            Escalation("e2", 2, EscalationStatus.Resolved, 20),
            Escalation("e3", 2, EscalationStatus.Withdrawn, 30),
        ]));
        return brand;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [Fact]
    public void A_restored_brand_has_the_same_stats_and_escalations()
    {
        var brand = BusyBrand();
        var restored = BrandAggregate.FromSnapshot(brand.Snapshot());

        Assert.Equal(Json(brand.Stats()), Json(restored.Stats()));
        Assert.Equal(2, restored.Stats().OpenEscalations);
        Assert.NotEmpty(restored.Stats().Topics!);
        Assert.NotNull(restored.Stats().FirstResponseP90Seconds);
        foreach (var status in new EscalationStatus?[] { null, EscalationStatus.Open, EscalationStatus.Resolved, EscalationStatus.Withdrawn })
        {
            Assert.Equal(Json(brand.Escalations(status, includeWithdrawn: true)), Json(restored.Escalations(status, includeWithdrawn: true)));
            Assert.Equal(Json(brand.Escalations(status, includeWithdrawn: false)), Json(restored.Escalations(status, includeWithdrawn: false)));
        }
    }

    [Fact]
    public void A_restored_brand_evolves_exactly_like_the_original()
    {
        var brand = BusyBrand();
        var restored = BrandAggregate.FromSnapshot(brand.Snapshot());
        var later = Update(
            mentions: [new BrandMention("late", "u1", T0.AddHours(3), -0.4, ["delivery"], 9)],
            answers: [new BrandAnswer("p12", T0.AddMinutes(6), TimeSpan.FromSeconds(2)), new BrandAnswer("late", T0.AddHours(3.1), TimeSpan.FromMinutes(6))],
            escalations: [Escalation("e1", 2, EscalationStatus.Resolved, 10), Escalation("e1", 1, EscalationStatus.Open, 10)],
            spreading: [new PostSpread("late", 99, 40, 9_000, T0.AddHours(3), "late")],
            authors: [new AuthorInfluence("u7", "seven", 99.5, 1_000_000)],
            ownPosts: 2);
        brand.Apply(later);
        restored.Apply(later);

        Assert.Equal(Json(brand.Stats()), Json(restored.Stats()));
        Assert.Equal(Json(brand.Escalations(null, true)), Json(restored.Escalations(null, true)));
        Assert.Equal(Json(brand.Snapshot()), Json(restored.Snapshot()));
    }

    [Fact]
    public void A_snapshot_of_a_restored_brand_equals_the_original_snapshot()
    {
        var snapshot = BusyBrand().Snapshot();
        Assert.Equal(Json(snapshot), Json(BrandAggregate.FromSnapshot(snapshot).Snapshot()));
    }

    [Fact]
    public void A_new_brand_round_trips_empty()
    {
        var restored = BrandAggregate.FromSnapshot(new BrandAggregate("empty").Snapshot());
        Assert.Equal(Json(new BrandAggregate("empty").Stats()), Json(restored.Stats()));
        Assert.Null(restored.Stats().LastEventAt);
    }

    [Fact]
    public void A_snapshot_with_a_different_intent_layout_is_refused()
    {
        var snapshot = BusyBrand().Snapshot();
        Assert.Throws<ArgumentException>(() => BrandAggregate.FromSnapshot(snapshot with { Intents = [1, 2] }));
    }
}
