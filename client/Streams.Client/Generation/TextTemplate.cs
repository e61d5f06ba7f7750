using System.Globalization;
using System.Text;

namespace Streams.Client.Generation;

/// <summary>
/// A post text split at its slots into literal pieces that are already JSON-escaped UTF-8,
/// so writing a post is copying bytes and formatting a few numbers.
/// </summary>
internal sealed class TextTemplate
{
    private TextTemplate(byte[][] literals, TemplateSlot[] slots)
    {
        Literals = literals;
        Slots = slots;
    }

    /// <summary>Literals[k] is followed by Slots[k]; the last slot is <see cref="TemplateSlot.None"/>.</summary>
    public byte[][] Literals { get; }

    public TemplateSlot[] Slots { get; }

    public static TextTemplate Parse(string text)
    {
        var literals = new List<byte[]>();
        var slots = new List<TemplateSlot>();
        int literalStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '{' || i + 2 >= text.Length || text[i + 2] != '}')
            {
                continue;
            }
            var slot = text[i + 1] switch
            {
                'b' => TemplateSlot.Brand,
                'o' => TemplateSlot.OrderNumber,
                'n' => TemplateSlot.Count,
                'u' => TemplateSlot.Customer,
                _ => TemplateSlot.None,
            };
            if (slot == TemplateSlot.None)
            {
                continue;
            }
            literals.Add(Escape(text[literalStart..i]));
            slots.Add(slot);
            literalStart = i + 3;
            i += 2;
        }
        literals.Add(Escape(text[literalStart..]));
        slots.Add(TemplateSlot.None);
        return new TextTemplate(literals.ToArray(), slots.ToArray());
    }

    /// <summary>
    /// JSON string content (no quotes): quote, backslash and control characters escaped, everything else
    /// (accents, emoji) left as raw UTF-8, which JSON allows and which keeps lines short and readable.
    /// </summary>
    public static byte[] Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    escaped.Append("\\\"");
                    break;
                case '\\':
                    escaped.Append("\\\\");
                    break;
                case < ' ':
                    escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return Encoding.UTF8.GetBytes(escaped.ToString());
    }
}
