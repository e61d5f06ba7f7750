using Streams.Domain.Scoring;

namespace Streams.Domain.Posts;

/// <summary>
/// The part of a <see cref="PostRecord"/> that only exists once the post has engagements: the log,
/// the running evaluation and its checkpoints, the spread at the latest evaluated engagement and one
/// escalation track per brand.
/// </summary>
/// <remarks>
/// Most posts are never reshared, quoted, replied to or liked, and without engagements nothing can
/// escalate. Keeping all of this behind one reference created at the first engagement saved about
/// 240 bytes per such post (3,296 to 3,058 bytes per live author with one post each). It also matters
/// for speed: the GC copies every new post as it promotes it, and that copying is the largest part
/// of the pauses at saturation.
/// </remarks>
internal sealed class PostEvaluation(IReadOnlyList<string> brands)
{
    public List<Engagement> Log { get; } = new(4);

    /// <summary>Copies of <see cref="State"/> every <see cref="PostRecord.CheckpointEvery"/> engagements; allocated only when a post gets that many.</summary>
    public List<EvaluationState>? Checkpoints { get; set; }

    /// <summary>The evaluation of Log[0..State.Evaluated).</summary>
    public EvaluationState State { get; set; } = Initial;

    /// <summary>Spread at the latest evaluated engagement; meaningful once <see cref="State"/> has evaluated one.</summary>
    public SpreadSnapshot Spread { get; set; }

    // An array, not the interface: the per-event loops over it must not box an enumerator.
    public EscalationTrack[] Tracks { get; private set; } = CreateTracks(brands);

    public static EvaluationState Initial => new(0, 0, 0, 0, 0, 0, 0, []);

    /// <summary>The post arrived after reactions to it: it now says which brands it is about.</summary>
    public void TrackBrands(IReadOnlyList<string> brands) => Tracks = CreateTracks(brands);

    public void RestoreTracks(EscalationTrack[] tracks) => Tracks = tracks;

    private static EscalationTrack[] CreateTracks(IReadOnlyList<string> brands)
    {
        if (brands.Count == 0)
        {
            return [];
        }
        var tracks = new EscalationTrack[brands.Count];
        for (var i = 0; i < tracks.Length; i++)
        {
            tracks[i] = new EscalationTrack(brands[i]);
        }
        return tracks;
    }
}
