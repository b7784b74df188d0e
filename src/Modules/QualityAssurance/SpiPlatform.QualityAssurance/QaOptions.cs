using System.ComponentModel.DataAnnotations;

namespace SpiPlatform.QualityAssurance;

/// <summary>Settings of the QA module (section <c>QualityAssurance</c>).</summary>
internal sealed class QaOptions
{
    public const string Section = "QualityAssurance";

    /// <summary>How many working days a round of QA should take.</summary>
    [Range(1, 250)]
    public int TurnaroundTargetWorkingDays { get; set; } = 20;

    /// <summary>A round is "due soon" when this many working days or fewer are left.</summary>
    [Range(0, 50)]
    public int DueSoonWithinWorkingDays { get; set; } = 5;
}
