namespace Streams.Client.Generation;

/// <summary>What fills a gap in a <see cref="TextTemplate"/>.</summary>
internal enum TemplateSlot : byte
{
    None,
    /// <summary>{b}: the brand, as @handle, name, alias or #hashtag.</summary>
    Brand,
    /// <summary>{o}: an order or ticket number.</summary>
    OrderNumber,
    /// <summary>{n}: a small count (days, hours, times).</summary>
    Count,
    /// <summary>{u}: the @handle of the customer a brand answers.</summary>
    Customer,
}
