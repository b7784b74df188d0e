using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Web;

/// <summary>
/// A refused command's problems, translated, by form field: what the shared <c>_ErrorSummary</c> and <c>_FieldError</c>
/// partials show. A field's message links to the input whose id is <see cref="AnchorPrefix"/> plus the field name.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string? Field, string Message)> _all = [];

    /// <summary>Every message, in order, with the field it is about (null for the whole form).</summary>
    public IReadOnlyList<(string? Field, string Message)> All => _all;

    /// <summary>Whether there is anything to show.</summary>
    public bool Any => _all.Count > 0;

    /// <summary>Put before a field name to make the id of its input (e.g. <c>flow-</c> for the flow table's add form).</summary>
    public string AnchorPrefix { get; init; } = "";

    /// <summary>The problems, translated with the page's localizer.</summary>
    public static FormErrors From(IEnumerable<Problem> problems, IStringLocalizer l, string anchorPrefix = "")
    {
        var errors = new FormErrors { AnchorPrefix = anchorPrefix };
        foreach (var p in problems)
        {
            errors._all.Add((p.Field, l.Localise(p)));
        }
        return errors;
    }

    /// <summary>Adds a message the page itself found (already translated).</summary>
    public void Add(string? field, string message) => _all.Add((field, message));

    /// <summary>The first message about a field, or null.</summary>
    public string? For(string field) => _all.FirstOrDefault(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase)).Message;
}
