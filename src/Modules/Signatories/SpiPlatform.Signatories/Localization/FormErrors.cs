using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Signatories.Localization;

/// <summary>A refused command's problems, translated, by form field: for the error summary and each field's message.</summary>
internal sealed class FormErrors
{
    private readonly List<(string? Field, string Message)> _all = [];

    public IReadOnlyList<(string? Field, string Message)> All => _all;

    public bool Any => _all.Count > 0;

    public static FormErrors From(IEnumerable<Problem> problems, IStringLocalizer l)
    {
        var errors = new FormErrors();
        foreach (var p in problems)
        {
            errors._all.Add((p.Field, l.Localise(p)));
        }
        return errors;
    }

    public void Add(string field, string message) => _all.Add((field, message));

    public string? For(string field) => _all.FirstOrDefault(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase)).Message;
}
