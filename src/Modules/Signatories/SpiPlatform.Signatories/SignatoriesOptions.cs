using System.ComponentModel.DataAnnotations;

namespace SpiPlatform.Signatories;

internal sealed class SignatoriesOptions
{
    public const string Section = "Signatories";

    /// <summary>How many years a verified signature lasts before it must be renewed.</summary>
    [Range(1, 10)]
    public int RenewalYears { get; set; } = 3;

    /// <summary>The version of the Accord declaration organisations sign now.</summary>
    [Required]
    [RegularExpression(@"^\d+\.\d+$")]
    public string DeclarationVersion { get; set; } = "5.0";
}
