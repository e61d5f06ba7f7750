namespace Streams.Domain.Text;

/// <summary>Languages the text pipeline understands; everything else is <see cref="Other"/>.</summary>
public enum Language : byte
{
    Unknown = 0,
    English,
    French,
    Other,
}
