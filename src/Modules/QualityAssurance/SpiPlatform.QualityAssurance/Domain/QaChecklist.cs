namespace SpiPlatform.QualityAssurance.Domain;

/// <summary>A reviewer's finding on one checklist item.</summary>
internal enum ChecklistResult
{
    Met,
    NotMet,
    NotApplicable,
}

/// <summary>One thing a reviewer checks; the key is stable across versions so results stay readable.</summary>
internal sealed record ChecklistItem(string Key, string TextEn, string TextCy);

/// <summary>The QA checklist, versioned in code: a new version is a new list, never an edit of an old one.</summary>
internal static class QaChecklist
{
    public const string Version = "2026-1";

    public static readonly IReadOnlyList<ChecklistItem> Items =
    [
        new("purpose", "The purpose of the sharing is stated.", "Mae diben y rhannu wedi'i nodi."),
        new("partners", "Every partner is identified and is a current Accord signatory.", "Mae pob partner wedi'i nodi ac yn llofnodwr presennol y Cytundeb."),
        new("lawful-basis", "There is a lawful basis for every flow.", "Mae sail gyfreithlon ar gyfer pob llif."),
        new("minimisation", "The data shared is the minimum needed.", "Y data a rennir yw'r lleiafswm sydd ei angen."),
        new("consent", "Consent arrangements are described, including their review.", "Disgrifir y trefniadau cydsynio, gan gynnwys eu hadolygu."),
        new("security", "Each transfer method is secure.", "Mae pob dull trosglwyddo yn ddiogel."),
        new("retention", "Retention periods are set.", "Mae cyfnodau cadw wedi'u pennu."),
        new("review-date", "A review date is set.", "Mae dyddiad adolygu wedi'i bennu."),
        new("waspi-template", "The WASPI template is followed.", "Dilynir templed WASPI."),
    ];

    public static ChecklistItem? Find(string key) => Items.FirstOrDefault(i => i.Key == key);
}

/// <summary>A reviewer's result for one item in one round.</summary>
internal sealed class QaChecklistEntry
{
    public Guid Id { get; init; }
    public Guid RoundId { get; init; }
    public required string Item { get; init; }
    public ChecklistResult Result { get; set; }
    public string? Comment { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
