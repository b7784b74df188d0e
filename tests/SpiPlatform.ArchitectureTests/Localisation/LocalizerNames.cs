using System.Text.RegularExpressions;

namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// The names a project gives its localizers: whatever is declared or injected as an <c>IStringLocalizer</c>
/// (<c>IStringLocalizer&lt;X&gt; l</c>, <c>@inject IStringLocalizer&lt;X&gt; L</c>, <c>this IStringLocalizer l</c>).
/// </summary>
internal static partial class LocalizerNames
{
    public static HashSet<string> In(IEnumerable<string> sources)
        => [.. sources.SelectMany(s => Declaration().Matches(s)).Select(m => m.Groups["name"].Value)];

    [GeneratedRegex(@"\bI(?:String|Html|View)Localizer(?:<[\w.]+>)?\??\s+(?<name>\w+)")]
    private static partial Regex Declaration();
}
