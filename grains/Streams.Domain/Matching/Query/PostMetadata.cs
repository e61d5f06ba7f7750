using Streams.Abstractions.Events;

namespace Streams.Domain.Matching.Query;

/// <summary>
/// What field filters test besides the text. <see cref="Lang"/> is the declared or detected language code ("fr",
/// "en-GB" matches <c>lang:en</c>); <see cref="AuthorHandle"/> may carry a leading '@'.
/// </summary>
public readonly record struct PostMetadata(
    string? Lang,
    string? Region,
    Platform Platform,
    string? AuthorHandle,
    long Followers,
    bool Verified);
