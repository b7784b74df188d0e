namespace SpiPlatform.Protocols.Features.FlowMap;

/// <summary>
/// Breaks a label into lines of at most a number of characters (SVG text does not wrap by itself), word by word;
/// what does not fit in the lines allowed ends with an ellipsis, and the caller keeps the full text in a title.
/// </summary>
internal static class TextWrap
{
    public const string Ellipsis = "…";

    public static IReadOnlyList<string> Lines(string text, int width, int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (candidate.Length <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = word;
            while (current.Length > width)
            {
                lines.Add(current[..(width - 1)] + "-");
                current = current[(width - 1)..];
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        if (lines.Count <= maxLines)
        {
            return lines;
        }
        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        kept[^1] = (last.Length < width ? last : last[..(width - 1)]).TrimEnd(',', ' ', '-') + Ellipsis;
        return kept;
    }
}
