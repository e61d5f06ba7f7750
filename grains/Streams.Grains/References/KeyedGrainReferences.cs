namespace Streams.Grains.References;

/// <summary>
/// References to the grains of one string-keyed interface, for the hot path. <c>IGrainFactory.GetGrain&lt;T&gt;(key)</c>
/// works out the interface's Orleans types from its attributes, by reflection, on every call: 2-3% of a silo's CPU
/// at full rate, where a partition's flush asks for tens of thousands of customer grains a second. This resolves them
/// once, then builds each reference from its grain id.
/// </summary>
public sealed class KeyedGrainReferences<TGrain>
    where TGrain : IGrainWithStringKey
{
    private readonly IGrainFactory grains;
    private readonly GrainType grainType;
    private readonly GrainInterfaceType interfaceType;

    public KeyedGrainReferences(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        this.grains = grains;
        // Creating a reference activates nothing: this one only carries the resolved types (keys may not be empty).
        var resolved = (GrainReference)(IAddressable)grains.GetGrain<TGrain>("resolving-types");
        grainType = resolved.GrainId.Type;
        interfaceType = resolved.InterfaceType;
    }

    public TGrain Get(string key) => (TGrain)grains.GetGrain(GrainId.Create(grainType, key), interfaceType);
}
