using Microsoft.Extensions.Localization;

namespace SpiPlatform.SharedKernel.Errors;

/// <summary>A problem's message in the reader's language (English text, or its template, is the resource key).</summary>
public static class ProblemText
{
    /// <summary>
    /// The translated message, with its values filled in. Text values are looked up too: a label such as
    /// "charity number" is translated, while a name that is no key (an organisation's) comes back unchanged.
    /// </summary>
    public static string Localise(this IStringLocalizer localizer, Problem problem)
        => problem.Template is null
            ? localizer[problem.Message]
            : localizer[problem.Template, [.. problem.Args.Select(a => a is string text ? localizer[text].Value : a)]];
}
