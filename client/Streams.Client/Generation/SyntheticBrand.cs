using System.Text;
using Streams.Client.Brands;

namespace Streams.Client.Generation;

/// <summary>A generated brand with its mention forms pre-encoded for the hot path.</summary>
internal sealed class SyntheticBrand
{
    public SyntheticBrand(BrandRegistration registration, long followers)
    {
        Registration = registration;
        Followers = followers;
        string handle = registration.Handles[0].Handle;
        HandleBytes = Encoding.UTF8.GetBytes(handle);
        AtHandleBytes = Encoding.UTF8.GetBytes("@" + handle);
        NameBytes = TextTemplate.Escape(registration.Name);
        HashtagBytes = TextTemplate.Escape("#" + registration.Name.Replace(" ", "", StringComparison.Ordinal));
        AliasBytes = registration.Aliases.Select(TextTemplate.Escape).ToArray();
        SpeaksEnglish = registration.Languages.Contains("en");
        SpeaksFrench = registration.Languages.Contains("fr");
    }

    public BrandRegistration Registration { get; }

    public long Followers { get; }

    public byte[] HandleBytes { get; }

    public byte[] AtHandleBytes { get; }

    public byte[] NameBytes { get; }

    public byte[] HashtagBytes { get; }

    public byte[][] AliasBytes { get; }

    public bool SpeaksEnglish { get; }

    public bool SpeaksFrench { get; }
}
