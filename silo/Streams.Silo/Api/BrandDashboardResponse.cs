namespace Streams.Silo.Api;

/// <summary>Everything the brand dashboard shows, in one read: <c>GET /api/brands/{id}/dashboard</c>.</summary>
/// <param name="EventTime">The brand's latest event time: "now" for the stream, which may run ahead of or behind the clock.</param>
/// <param name="Escalations">Open escalations, most severe first.</param>
/// <param name="FastestSpreading">The brand's most viral posts.</param>
/// <param name="WorthResharing">Positive posts among the most viral, not by the brand itself.</param>
public sealed record BrandDashboardResponse(
    BrandResponse Brand,
    DateTime? EventTime,
    IReadOnlyList<DashboardEscalation> Escalations,
    IReadOnlyList<DashboardPost> FastestSpreading,
    IReadOnlyList<DashboardPost> WorthResharing);
