using System.Globalization;
using System.Text;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>Opaque Relay cursors over an offset in an ordered result.</summary>
public static class Cursor
{
    private const string Prefix = "offset:";

    /// <summary>The cursor for the item at <paramref name="offset"/>.</summary>
    public static string ForOffset(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset just after the item a cursor names; 0 for no cursor; null for a cursor that is not ours.</summary>
    public static int? OffsetAfter(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                   && int.TryParse(text[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset + 1
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
